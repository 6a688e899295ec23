namespace BankRecon.Domain.Matching;

/// <summary>The kinds of open documents a payment can settle (payments and refunds are never candidates).</summary>
public enum DocumentType
{
    Invoice = 0,
    CreditMemo = 1,
    FinanceCharge = 2,
    Reminder = 3,
}
