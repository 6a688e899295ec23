namespace BankRecon.Domain.Matching;

/// <summary>Business Central's "Related Party Matched" criterion.</summary>
public enum RelatedPartyMatch
{
    NotConsidered = 0,
    Fully = 1,
    Partially = 2,
    No = 3,
}
