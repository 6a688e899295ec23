namespace BankRecon.Application.Bench;

/// <summary>
/// Counts behind the benchmark metrics for a group of lines (all lines, or one scenario kind). The definitions are the
/// ones docs/benchmarks.md states:
/// <list type="bullet">
/// <item>A candidate is <b>correct</b> when it applies exactly the true set of entry ids, each with an amount within
/// 0.01 of the true amount (amounts to the same entry are summed first). For a line whose truth is empty, a candidate
/// is correct only when it applies no entry.</item>
/// <item>A line is <b>matchable</b> when its truth names at least one entry.</item>
/// <item>A line is <b>auto-applied</b> when its proposal has High confidence (the only level applied without review).</item>
/// </list>
/// </summary>
public sealed record MetricCounts
{
    public int Lines { get; init; }

    public int Matchable { get; init; }

    /// <summary>Lines whose proposal is High.</summary>
    public int High { get; init; }

    /// <summary>High proposals that are correct.</summary>
    public int HighCorrect { get; init; }

    /// <summary>Matchable lines whose proposal is High.</summary>
    public int MatchableHigh { get; init; }

    /// <summary>Matchable lines whose proposal is High and correct.</summary>
    public int MatchableHighCorrect { get; init; }

    /// <summary>Lines whose proposal (any confidence) is correct; for unmatchable lines: nothing proposed.</summary>
    public int ProposalCorrect { get; init; }

    /// <summary>Matchable lines whose true application is among the first three candidates (proposal, then alternatives).</summary>
    public int Top3Hits { get; init; }

    /// <summary>Lines for which the matcher proposed no entry at all.</summary>
    public int NoProposal { get; init; }

    /// <summary>High proposals that are wrong (including a High on a line that should match nothing).</summary>
    public int HighWrong => High - HighCorrect;

    /// <summary>Correct High / all High: how far auto-application can be trusted.</summary>
    public double HighPrecision => Ratio(HighCorrect, High);

    /// <summary>Matchable lines with a High proposal / matchable lines: how much work is taken off the user.</summary>
    public double AutoApplyShare => Ratio(MatchableHigh, Matchable);

    /// <summary>Matchable lines with a correct High proposal / matchable lines.</summary>
    public double CorrectAutoApplyShare => Ratio(MatchableHighCorrect, Matchable);

    /// <summary>Matchable lines whose truth is in the top three candidates / matchable lines: what a reviewer sees.</summary>
    public double Top3Recall => Ratio(Top3Hits, Matchable);

    /// <summary>Lines with a wrong High / all lines: the money that would be posted to the wrong entry.</summary>
    public double WrongHighShare => Ratio(HighWrong, Lines);

    /// <summary>Lines whose proposal is correct, whatever its confidence / all lines.</summary>
    public double ProposalAccuracy => Ratio(ProposalCorrect, Lines);

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
