namespace BankRecon.Domain.Matching;

/// <summary>
/// Part of a statement line applied to one open entry. <paramref name="Amount"/> is signed like the line and never
/// exceeds what is still available on the entry; <paramref name="PaymentDiscount"/> (same sign) is the discount taken
/// in addition, and <paramref name="BankCharges"/> (same sign) the part of the entry closed as bank charges the payer's
/// or an intermediary bank deducted, so <c>Amount + PaymentDiscount + BankCharges</c> closes at most the entry's
/// remaining amount.
/// </summary>
public sealed record ProposedApplication(string EntryId, decimal Amount, decimal PaymentDiscount = 0m, decimal BankCharges = 0m);
