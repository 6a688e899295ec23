namespace BankRecon.Domain.Matching;

/// <summary>
/// Proposes how bank statement lines settle open customer and vendor entries. A pure, deterministic function: no
/// clock, no I/O, no randomness; the same input (in any order) gives the same proposal per line.
/// See docs/domain/matching.md.
/// </summary>
public static class MatchingEngine
{
    public static MatchResult Match(IReadOnlyList<MatchLine> lines, IReadOnlyList<OpenEntry> entries, MatchingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(settings);
        return new MatchResult([.. lines.Select(LineProposal.Unmatched)]);
    }
}
