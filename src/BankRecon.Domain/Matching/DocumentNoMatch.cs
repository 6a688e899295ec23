namespace BankRecon.Domain.Matching;

/// <summary>Business Central's "Doc. No./Ext. Doc. No. Matched" criterion.</summary>
public enum DocumentNoMatch
{
    NotConsidered = 0,
    Yes = 1,
    YesMultiple = 2,
    No = 3,
}
