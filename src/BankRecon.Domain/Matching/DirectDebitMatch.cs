namespace BankRecon.Domain.Matching;

/// <summary>
/// Business Central's "Direct Debit Collect. Matched" criterion. Our inputs carry no direct-debit collections, so a
/// line's value is always <see cref="NotConsidered"/> and rules that require Yes or No never fire.
/// </summary>
public enum DirectDebitMatch
{
    NotConsidered = 0,
    Yes = 1,
    No = 2,
}
