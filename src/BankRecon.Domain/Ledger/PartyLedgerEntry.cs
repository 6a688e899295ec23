using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>
/// A customer or vendor ledger entry. Amounts are signed as in Business Central: a customer invoice is positive (they
/// owe us), a vendor invoice negative (we owe them); payments carry the opposite sign. <see cref="RemainingAmount"/> is
/// what is still open, in the entry's currency.
/// </summary>
public abstract class PartyLedgerEntry : LedgerEntry
{
    protected PartyLedgerEntry() { }

    protected PartyLedgerEntry(Guid partyId, PartyEntryValues values)
        : base(values.PostingDate, values.DocumentType, values.DocumentNo, values.Description)
    {
        if (values.Amount == 0m) throw new DomainException("A ledger entry cannot be zero.");
        PartyId = partyId;
        ExternalDocumentNo = values.ExternalDocumentNo;
        DocumentDate = values.DocumentDate ?? values.PostingDate;
        DueDate = values.DueDate ?? values.PostingDate;
        Currency = values.Currency.Code;
        Amount = values.Amount;
        AmountLocal = values.AmountLocal;
        RemainingAmount = values.Amount;
        PmtDiscountDate = values.PmtDiscountDate;
        OriginalPmtDiscountPossible = values.PmtDiscountPossible;
        RemainingPmtDiscountPossible = values.PmtDiscountPossible;
        MaxPaymentTolerance = values.MaxPaymentTolerance;
        PaymentReference = values.PaymentReference;
        Open = true;
    }

    public Guid PartyId { get; private set; }

    public string? ExternalDocumentNo { get; private set; }

    public DateOnly DocumentDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>Original amount in <see cref="Currency"/>.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Original amount in local currency at the posting date's rate.</summary>
    public decimal AmountLocal { get; private set; }

    public decimal RemainingAmount { get; private set; }

    public bool Open { get; private set; }

    public DateOnly? PmtDiscountDate { get; private set; }

    public decimal OriginalPmtDiscountPossible { get; private set; }

    public decimal RemainingPmtDiscountPossible { get; private set; }

    public decimal MaxPaymentTolerance { get; private set; }

    /// <summary>The structured reference (KID, OCR, RF) the payer was asked to quote.</summary>
    public string? PaymentReference { get; private set; }

    public DateOnly? ClosedAtDate { get; private set; }

    public long? ClosedByEntryNo { get; private set; }

    /// <summary>Blocks reminders and interest while a dispute is open (e.g. "DISP").</summary>
    public string? OnHold { get; private set; }

    /// <summary>Overdue on <paramref name="asOf"/>: open, positive remaining on a customer, negative on a vendor, past due.</summary>
    public bool IsOverdue(DateOnly asOf) => Open && DueDate < asOf;

    /// <summary>
    /// Applies an amount (signed like the remaining amount) to this entry. Refuses mixing currencies in through here,
    /// the opposite sign, and over-application.
    /// </summary>
    public Result Apply(decimal amount, DateOnly applicationDate, long applyingEntryNo)
    {
        if (!Open) return Result.Invalid("application.closed", $"{DocumentType} {DocumentNo} is already closed.").WithArgs(DocumentNo);
        if (amount == 0m) return Result.Invalid("application.zero", "The amount to apply cannot be zero.");
        if (Math.Sign(amount) != Math.Sign(RemainingAmount))
            return Result.Invalid("application.sign", $"{DocumentType} {DocumentNo} has remaining {RemainingAmount}; {amount} has the opposite sign.").WithArgs(DocumentNo, RemainingAmount, amount);
        if (Math.Abs(amount) > Math.Abs(RemainingAmount))
            return Result.Invalid("application.exceeds-remaining", $"{amount} exceeds the remaining amount {RemainingAmount} of {DocumentType} {DocumentNo}.").WithArgs(amount, RemainingAmount, DocumentNo);

        RemainingAmount -= amount;
        if (RemainingAmount == 0m)
        {
            Open = false;
            ClosedAtDate = applicationDate;
            ClosedByEntryNo = applyingEntryNo;
            RemainingPmtDiscountPossible = 0m;
        }

        Touch();
        return Result.Success();
    }

    /// <summary>Undoes an application (unapply or reversal): the amount comes back and the entry reopens.</summary>
    public void Unapply(decimal amount)
    {
        var restored = RemainingAmount + amount;
        if (Math.Abs(restored) > Math.Abs(Amount) || (restored != 0 && Math.Sign(restored) != Math.Sign(Amount)))
            throw new DomainException($"Unapplying {amount} would leave {DocumentNo} with more than its original amount.");
        RemainingAmount = restored;
        var wasClosed = !Open;
        Open = RemainingAmount != 0m;
        if (Open)
        {
            ClosedAtDate = null;
            ClosedByEntryNo = null;

            // A discount is only ever taken when an entry closes (and closing clears what was possible): reopening brings it back.
            if (wasClosed) RemainingPmtDiscountPossible = OriginalPmtDiscountPossible;
        }

        Touch();
    }

    /// <summary>Records which entry closed this one, once the closing entry has its number (set by the ledger writer).</summary>
    internal void RecordClosedBy(long entryNo)
    {
        if (Open) throw new DomainException($"{DocumentType} {DocumentNo} is open; only a closed entry has a closing entry.");
        ClosedByEntryNo = entryNo;
    }

    public void SetOnHold(string? code)
    {
        OnHold = string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
        Touch();
    }
}

/// <summary>Values of a new customer or vendor entry.</summary>
public sealed record PartyEntryValues(
    DateOnly PostingDate,
    DocumentType DocumentType,
    string DocumentNo,
    string Description,
    CurrencyCode Currency,
    decimal Amount,
    decimal AmountLocal,
    string? ExternalDocumentNo = null,
    DateOnly? DocumentDate = null,
    DateOnly? DueDate = null,
    DateOnly? PmtDiscountDate = null,
    decimal PmtDiscountPossible = 0m,
    decimal MaxPaymentTolerance = 0m,
    string? PaymentReference = null);
