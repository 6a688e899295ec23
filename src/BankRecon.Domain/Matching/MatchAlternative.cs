namespace BankRecon.Domain.Matching;

/// <summary>A ranked runner-up for a statement line, with its own evidence.</summary>
public sealed record MatchAlternative(
    MatchConfidence Confidence,
    MatchAccount? Account,
    IReadOnlyList<ProposedApplication> Applications,
    string? Rule,
    IReadOnlyList<string> Reasons,
    int Score,
    bool ReviewRequired);
