namespace BankRecon.Domain.Matching;

/// <summary>
/// An open customer or vendor ledger entry that a statement line may settle.
/// <paramref name="RemainingAmount"/> is signed like the statement line that settles it: customer invoices are
/// positive (money comes in), vendor invoices negative (money goes out), credit memos the opposite of their invoices.
/// </summary>
/// <param name="EntryId">Stable identifier of the ledger entry (unique).</param>
/// <param name="PartyType">Customer or vendor.</param>
/// <param name="PartyNo">Customer or vendor number.</param>
/// <param name="PartyName">Customer or vendor name.</param>
/// <param name="PartyAccounts">The party's known bank accounts (IBAN or domestic).</param>
/// <param name="PartyAddress">The party's street address.</param>
/// <param name="PartyCity">The party's city.</param>
/// <param name="DocumentType">Invoice, credit memo, finance charge memo or reminder.</param>
/// <param name="DocumentNo">Our document number (e.g. invoice number).</param>
/// <param name="ExternalDocumentNo">The other side's number (e.g. the vendor's own invoice number).</param>
/// <param name="PaymentReference">Structured payment reference printed on the invoice (KID, OCR, RF).</param>
/// <param name="PostingDate">Posting date of the document.</param>
/// <param name="DueDate">Due date of the document.</param>
/// <param name="Currency">ISO 4217 code of the entry.</param>
/// <param name="RemainingAmount">What is still open, signed as above.</param>
/// <param name="PmtDiscountDate">Last day a payment discount may be taken, if any.</param>
/// <param name="PmtDiscountAmount">Payment discount possible, same sign as the remaining amount; 0 if none.</param>
public sealed record OpenEntry(
    string EntryId,
    PartyType PartyType,
    string PartyNo,
    string PartyName,
    IReadOnlyList<string> PartyAccounts,
    string? PartyAddress,
    string? PartyCity,
    DocumentType DocumentType,
    string DocumentNo,
    string? ExternalDocumentNo,
    string? PaymentReference,
    DateOnly PostingDate,
    DateOnly DueDate,
    string Currency,
    decimal RemainingAmount,
    DateOnly? PmtDiscountDate = null,
    decimal PmtDiscountAmount = 0m);
