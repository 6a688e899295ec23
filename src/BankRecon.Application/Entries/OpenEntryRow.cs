namespace BankRecon.Application.Entries;

/// <summary>
/// One open customer or vendor ledger entry as the entries CSV carries it (docs/benchmarks.md, "Entries CSV").
/// <see cref="RemainingAmount"/> is signed like the statement line that settles it: customer invoices positive,
/// vendor invoices negative, credit memos the other way round.
/// </summary>
public sealed record OpenEntryRow
{
    public required string EntryId { get; init; }

    public required EntryPartyType PartyType { get; init; }

    public required string PartyNo { get; init; }

    public required string PartyName { get; init; }

    /// <summary>The party's bank account (IBAN or domestic number) from master data; empty when unknown.</summary>
    public string PartyIban { get; init; } = "";

    public string PartyAddress { get; init; } = "";

    public string PartyCity { get; init; } = "";

    public required EntryDocumentType DocumentType { get; init; }

    public required string DocumentNo { get; init; }

    /// <summary>The other side's number: the vendor's invoice number, or the customer's order/reference.</summary>
    public string ExternalDocumentNo { get; init; } = "";

    /// <summary>Structured payment reference printed on the document (KID, OCR, RF); empty when none.</summary>
    public string PaymentReference { get; init; } = "";

    public required DateOnly PostingDate { get; init; }

    public required DateOnly DueDate { get; init; }

    public required string Currency { get; init; }

    public required decimal RemainingAmount { get; init; }

    public DateOnly? PaymentDiscountDate { get; init; }

    /// <summary>Discount the payer may deduct until <see cref="PaymentDiscountDate"/>, signed like the remaining amount; 0 when none.</summary>
    public decimal PaymentDiscountAmount { get; init; }
}
