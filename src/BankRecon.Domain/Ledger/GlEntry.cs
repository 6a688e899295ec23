namespace BankRecon.Domain.Ledger;

/// <summary>A general ledger entry in local currency: positive = debit, negative = credit.</summary>
public sealed class GlEntry : LedgerEntry
{
    private GlEntry() { }

    public GlEntry(Guid glAccountId, DateOnly postingDate, DocumentType documentType, string documentNo, string description,
        decimal amount, SourceType sourceType = SourceType.None, string? sourceNo = null)
        : base(postingDate, documentType, documentNo, description)
    {
        GlAccountId = glAccountId;
        Amount = amount;
        SourceType = sourceType;
        SourceNo = sourceNo;
    }

    public Guid GlAccountId { get; private set; }

    /// <summary>Local currency; + debit, − credit.</summary>
    public decimal Amount { get; private set; }

    public decimal DebitAmount => Amount > 0 ? Amount : 0m;

    public decimal CreditAmount => Amount < 0 ? -Amount : 0m;

    public SourceType SourceType { get; private set; }

    public string? SourceNo { get; private set; }
}
