namespace BankRecon.Application.Bench;

/// <summary>Scores a matcher's predictions against the truth (definitions on <see cref="MetricCounts"/>).</summary>
public static class MatchMetricsCalculator
{
    /// <summary>Largest difference per entry between a proposed and a true amount that still counts as the same.</summary>
    public const decimal AmountTolerance = 0.01m;

    /// <summary>How many candidates (proposal first, then alternatives) the top-k recall looks at.</summary>
    public const int TopK = 3;

    /// <summary>
    /// Computes the metrics. Every truth line must have a prediction with the same (statement, line) index; a missing
    /// prediction counts as "nothing proposed".
    /// </summary>
    public static MatchMetrics Compute(IReadOnlyList<LineTruth> truth, IReadOnlyList<LinePrediction> predictions)
    {
        var byLine = new Dictionary<(int, int), LinePrediction>(predictions.Count);
        foreach (var prediction in predictions)
        {
            byLine[(prediction.StatementIndex, prediction.LineIndex)] = prediction;
        }

        var total = new Counter();
        var byScenario = new SortedDictionary<ScenarioKind, Counter>();
        var byTrait = new SortedDictionary<string, Counter>(StringComparer.Ordinal);
        foreach (var line in truth)
        {
            var prediction = byLine.GetValueOrDefault((line.StatementIndex, line.LineIndex));
            var outcome = Score(line, prediction);
            total.Add(outcome);
            GetOrAdd(byScenario, line.Kind).Add(outcome);
            foreach (var trait in line.Traits.Distinct(StringComparer.Ordinal))
            {
                GetOrAdd(byTrait, trait).Add(outcome);
            }
        }

        return new MatchMetrics(
            total.ToCounts(),
            [.. byScenario.Select(p => KeyValuePair.Create(p.Key, p.Value.ToCounts()))],
            [.. byTrait.Select(p => KeyValuePair.Create(p.Key, p.Value.ToCounts()))]);
    }

    /// <summary>True when <paramref name="candidate"/> applies exactly the true entries, each within <see cref="AmountTolerance"/>.</summary>
    public static bool IsCorrect(IReadOnlyList<EntryAmount> truth, IReadOnlyList<EntryAmount> candidate)
    {
        var expected = Sum(truth);
        var actual = Sum(candidate);
        if (expected.Count != actual.Count) return false;
        foreach (var (entryId, amount) in expected)
        {
            if (!actual.TryGetValue(entryId, out var proposed) || Math.Abs(proposed - amount) > AmountTolerance) return false;
        }

        return true;
    }

    private static Outcome Score(LineTruth line, LinePrediction? prediction)
    {
        var proposal = prediction?.Proposal ?? PredictedCandidate.Nothing;
        var proposalCorrect = IsCorrect(line.Applications, proposal.Applications);
        var high = proposal.Confidence == PredictedConfidence.High;
        var top3 = false;
        if (line.IsMatchable && prediction is not null)
        {
            var rank = 0;
            foreach (var candidate in prediction.Alternatives.Prepend(prediction.Proposal))
            {
                if (candidate.Applications.Count == 0) continue;
                if (rank++ >= TopK) break;
                if (IsCorrect(line.Applications, candidate.Applications))
                {
                    top3 = true;
                    break;
                }
            }
        }

        return new Outcome(line.IsMatchable, high, proposalCorrect, top3, proposal.Applications.Count == 0);
    }

    private static Dictionary<string, decimal> Sum(IReadOnlyList<EntryAmount> applications)
    {
        var sums = new Dictionary<string, decimal>(applications.Count, StringComparer.Ordinal);
        foreach (var application in applications)
        {
            sums[application.EntryId] = sums.GetValueOrDefault(application.EntryId) + application.Amount;
        }

        return sums;
    }

    private static Counter GetOrAdd<TKey>(SortedDictionary<TKey, Counter> counters, TKey key)
        where TKey : notnull
    {
        if (!counters.TryGetValue(key, out var counter))
        {
            counter = new Counter();
            counters.Add(key, counter);
        }

        return counter;
    }

    private readonly record struct Outcome(bool Matchable, bool High, bool ProposalCorrect, bool Top3, bool NoProposal);

    private sealed class Counter
    {
        private int _lines;
        private int _matchable;
        private int _high;
        private int _highCorrect;
        private int _matchableHigh;
        private int _matchableHighCorrect;
        private int _proposalCorrect;
        private int _top3;
        private int _noProposal;

        public void Add(Outcome outcome)
        {
            _lines++;
            if (outcome.Matchable) _matchable++;
            if (outcome.High) _high++;
            if (outcome.High && outcome.ProposalCorrect) _highCorrect++;
            if (outcome.High && outcome.Matchable) _matchableHigh++;
            if (outcome.High && outcome.Matchable && outcome.ProposalCorrect) _matchableHighCorrect++;
            if (outcome.ProposalCorrect) _proposalCorrect++;
            if (outcome.Top3) _top3++;
            if (outcome.NoProposal) _noProposal++;
        }

        public MetricCounts ToCounts() => new()
        {
            Lines = _lines,
            Matchable = _matchable,
            High = _high,
            HighCorrect = _highCorrect,
            MatchableHigh = _matchableHigh,
            MatchableHighCorrect = _matchableHighCorrect,
            ProposalCorrect = _proposalCorrect,
            Top3Hits = _top3,
            NoProposal = _noProposal,
        };
    }
}
