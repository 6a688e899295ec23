using BankRecon.Domain.Common;

namespace BankRecon.Domain.Documents;

/// <summary>A posted (read-only) sales or purchase invoice or credit memo: the document behind a ledger entry.</summary>
public sealed class PostedDocument : Entity
{
    private readonly List<PostedDocumentLine> _lines = [];

    private PostedDocument() { }

    public PostedDocument(PostedDocumentKind kind, string no, Guid partyId, string partyNo, string partyName, DateOnly postingDate,
        DateOnly documentDate, DateOnly dueDate, string currency, string? externalDocumentNo, string? paymentReference,
        Guid? paymentBankAccountId, IEnumerable<PostedDocumentLine> lines)
    {
        Kind = kind;
        No = no;
        PartyId = partyId;
        PartyNo = partyNo;
        PartyName = partyName;
        PostingDate = postingDate;
        DocumentDate = documentDate;
        DueDate = dueDate;
        Currency = currency;
        ExternalDocumentNo = externalDocumentNo;
        PaymentReference = paymentReference;
        PaymentBankAccountId = paymentBankAccountId;
        _lines.AddRange(lines);
        if (_lines.Count == 0) throw new DomainException("A document needs at least one line.");
        TotalAmount = _lines.Sum(l => l.Amount);
    }

    public PostedDocumentKind Kind { get; private set; }

    public string No { get; private set; } = "";

    public Guid PartyId { get; private set; }

    public string PartyNo { get; private set; } = "";

    public string PartyName { get; private set; } = "";

    public DateOnly PostingDate { get; private set; }

    public DateOnly DocumentDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal TotalAmount { get; private set; }

    public string? ExternalDocumentNo { get; private set; }

    public string? PaymentReference { get; private set; }

    public Guid? PaymentBankAccountId { get; private set; }

    /// <summary>The customer or vendor ledger entry this document produced.</summary>
    public Guid LedgerEntryId { get; private set; }

    public string PostedBy { get; private set; } = "";

    public DateTime PostedAtUtc { get; private set; }

    public IReadOnlyList<PostedDocumentLine> Lines => _lines;

    public void RecordPosting(Guid ledgerEntryId, string postedBy, DateTime postedAtUtc)
    {
        LedgerEntryId = ledgerEntryId;
        PostedBy = postedBy;
        PostedAtUtc = DateTime.SpecifyKind(postedAtUtc, DateTimeKind.Utc);
    }
}
