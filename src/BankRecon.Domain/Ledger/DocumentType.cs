namespace BankRecon.Domain.Ledger;

/// <summary>What kind of document an entry came from (Business Central's "Document Type").</summary>
public enum DocumentType
{
    None = 0,
    Payment = 1,
    Invoice = 2,
    CreditMemo = 3,
    FinanceChargeMemo = 4,
    Reminder = 5,
    Refund = 6,
    Transfer = 7,
}
