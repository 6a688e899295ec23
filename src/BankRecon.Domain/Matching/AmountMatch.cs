namespace BankRecon.Domain.Matching;

/// <summary>Business Central's "Amount Incl. Tolerance Matched" criterion.</summary>
public enum AmountMatch
{
    NotConsidered = 0,
    OneMatch = 1,
    MultipleMatches = 2,
    NoMatches = 3,
}
