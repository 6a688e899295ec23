namespace BankRecon.Domain.Matching;

/// <summary>
/// What the engine proposes for one statement line: the account, the applications (possibly none, e.g. a text
/// mapping to a G/L account), why, and the ranked alternatives.
/// </summary>
public sealed record LineProposal(
    MatchLine Line,
    MatchConfidence Confidence,
    MatchAccount? Account,
    IReadOnlyList<ProposedApplication> Applications,
    string? Rule,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<MatchAlternative> Alternatives,
    bool ReviewRequired,
    int Score)
{
    /// <summary>Sum of the applied amounts (signed like the line).</summary>
    public decimal AppliedAmount => Applications.Sum(a => a.Amount);

    /// <summary>What is left of the line after the applications (Business Central's Difference).</summary>
    public decimal Difference => Account is { Type: MatchAccountType.GlAccount or MatchAccountType.BankAccount } && Applications.Count == 0
        ? 0m
        : Line.Amount - AppliedAmount;

    public static LineProposal Unmatched(MatchLine line) =>
        new(line, MatchConfidence.None, null, [], null, [], [], ReviewRequired: true, Score: 0);
}
