namespace BankRecon.Application.Entries;

/// <summary>The kind of document behind an open entry (entries CSV column <c>document_type</c>).</summary>
public enum EntryDocumentType
{
    Invoice = 0,
    CreditMemo = 1,
    FinanceCharge = 2,
    Reminder = 3,
}
