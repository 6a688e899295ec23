using BankRecon.Application.Entries;

namespace BankRecon.Application.Bench;

/// <summary>A generated open entry; numbers and references are filled in once all entries exist (in posting-date order).</summary>
internal sealed class EntryDraft
{
    public required PartyDraft Party { get; init; }

    public required EntryDocumentType DocumentType { get; init; }

    public required DateOnly PostingDate { get; init; }

    public required DateOnly DueDate { get; init; }

    /// <summary>Signed remaining amount (customer invoice +, vendor invoice -, credit memos the other way).</summary>
    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public DateOnly? DiscountDate { get; init; }

    public decimal DiscountAmount { get; init; }

    /// <summary>The document should get a structured payment reference once it has a number.</summary>
    public bool WantsReference { get; init; }

    public string ExternalDocumentNo { get; set; } = "";

    /// <summary>Creation order: the tie-breaker that keeps numbering deterministic.</summary>
    public int Sequence { get; init; }

    public string EntryId { get; set; } = "";

    public string DocumentNo { get; set; } = "";

    public string PaymentReference { get; set; } = "";
}
