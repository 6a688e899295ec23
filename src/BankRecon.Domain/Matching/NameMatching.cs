namespace BankRecon.Domain.Matching;

/// <summary>How the payer's name is compared with customer and vendor names (Business Central's setting).</summary>
public enum NameMatching
{
    /// <summary>Longest-common-substring nearness of at least 95 %.</summary>
    StringNearness = 0,

    /// <summary>The text contains the name, or the name with its first word moved to the end.</summary>
    ExactWithPermutations = 1,

    /// <summary>Names are never used as evidence.</summary>
    Disabled = 2,
}
