namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// One application of a statement line: to a customer/vendor ledger entry (<see cref="LedgerEntryId"/>), or to an
/// account without an entry (a G/L account for fees, a bank account for transfers). Amounts are signed like the line.
/// </summary>
public sealed class AppliedPaymentEntry
{
    private AppliedPaymentEntry() { }

    public AppliedPaymentEntry(Guid? ledgerEntryId, decimal appliedAmount, decimal appliedPmtDiscount = 0m, string? documentNo = null)
    {
        Id = Guid.CreateVersion7();
        LedgerEntryId = ledgerEntryId;
        AppliedAmount = appliedAmount;
        AppliedPmtDiscount = appliedPmtDiscount;
        DocumentNo = documentNo;
    }

    public Guid Id { get; private set; }

    /// <summary>The customer or vendor ledger entry applied to; null for G/L and bank account applications.</summary>
    public Guid? LedgerEntryId { get; private set; }

    /// <summary>Document number of the applied entry, kept for display and audit.</summary>
    public string? DocumentNo { get; private set; }

    /// <summary>Signed like the statement line; what this line pays of the entry (excluding discount).</summary>
    public decimal AppliedAmount { get; private set; }

    /// <summary>Payment discount taken on the entry with this application (same sign as the amount).</summary>
    public decimal AppliedPmtDiscount { get; private set; }
}
