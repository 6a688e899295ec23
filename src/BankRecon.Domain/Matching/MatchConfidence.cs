namespace BankRecon.Domain.Matching;

/// <summary>
/// How sure the engine is, after Business Central. High means "apply without looking"; Medium and Low need review;
/// None means nothing was proposed.
/// </summary>
public enum MatchConfidence
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
