namespace BankRecon.Domain.Matching;

/// <summary>The outcome of one matching run: one proposal per input line, in input order.</summary>
public sealed record MatchResult(IReadOnlyList<LineProposal> Proposals)
{
    public int Count(MatchConfidence confidence) => Proposals.Count(p => p.Confidence == confidence);
}
