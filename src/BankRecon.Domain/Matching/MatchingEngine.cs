using BankRecon.Domain.Matching.Engine;

namespace BankRecon.Domain.Matching;

/// <summary>
/// Proposes how bank statement lines settle open customer and vendor entries. A pure, deterministic function: no
/// clock, no I/O, no randomness; the same input (in any order) gives the same proposal per line.
/// See docs/domain/matching.md.
/// </summary>
public static class MatchingEngine
{
    /// <summary>Business Central's text-to-account mapping score: above every Medium rule, below every High rule.</summary>
    public const int TextMappingScore = 3000;

    public static MatchResult Match(IReadOnlyList<MatchLine> lines, IReadOnlyList<OpenEntry> entries, MatchingSettings settings) =>
        Match(lines, entries, settings, statistics: null);

    /// <summary>As <see cref="Match(IReadOnlyList{MatchLine}, IReadOnlyList{OpenEntry}, MatchingSettings)"/>, counting the work done into <paramref name="statistics"/>.</summary>
    public static MatchResult Match(IReadOnlyList<MatchLine> lines, IReadOnlyList<OpenEntry> entries, MatchingSettings settings, MatchStatistics? statistics)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(settings);

        var index = MatchIndex.Build(entries, settings.RuleSet);
        if (statistics is not null)
        {
            statistics.Lines = lines.Count;
            statistics.Entries = index.Entries.Length;
            statistics.Parties = index.Parties.Length;
            statistics.PhaseCompleted?.Invoke(MatchPhase.Index);
        }

        var rules = new RuleTable(settings.Rules ?? []);
        var states = new LineState[lines.Count];
        for (var i = 0; i < states.Length; i++) states[i] = new LineState(lines[i], i);

        if (settings.RuleSet == RuleSet.BusinessCentral)
        {
            var order = CandidateOrder.BusinessCentral(index);
            var matchers = ForEachLine(states, () => new BusinessCentralMatcher(index, settings, rules), (matcher, state) =>
            {
                matcher.Match(state);
                Rank(state, order, int.MaxValue);
            });

            Completed(statistics, MatchPhase.Lines, matchers.Select(m => m.Counters));
            Assigner.AssignBusinessCentral(states, index);
        }
        else
        {
            var order = CandidateOrder.Default(index);
            var matchers = ForEachLine(states, () => new DefaultMatcher(index, settings, rules), (matcher, state) =>
            {
                matcher.Match(state);
                Rank(state, order, Math.Max(1, settings.MaxCandidatesPerLine));
                Disambiguate(state, order);
            });

            Completed(statistics, MatchPhase.Lines, matchers.Select(m => m.Counters));
            ResolveContests(states, index, order);
            Assigner.AssignDefault(states, index);
        }

        statistics?.PhaseCompleted?.Invoke(MatchPhase.CrossLine);
        // a line's proposal depends only on its own state and the index: written on both cores like the matching.
        // Once written, the line's state is let go: a garbage collection while the rest are written need not keep it.
        var proposals = new LineProposal[states.Length];
        ForEachLine(states, () => new ProposalWriter(index, settings), (writer, state) =>
        {
            proposals[state.Position] = writer.Write(state);
            states[state.Position] = null!;
        });
        statistics?.PhaseCompleted?.Invoke(MatchPhase.Proposals);
        return new MatchResult(proposals);
    }

    private static void Completed(MatchStatistics? statistics, MatchPhase phase, IEnumerable<WorkCounters> counters)
    {
        if (statistics is null) return;
        foreach (var c in counters) statistics.Add(c);
        statistics.PhaseCompleted?.Invoke(phase);
    }

    /// <summary>Below this many lines the per-line phase runs on the calling thread.</summary>
    private const int ParallelThreshold = 512;

    /// <summary>
    /// Runs a per-line step: matching, or writing the proposals. A line's candidates depend only on the line and the
    /// read-only index, and its proposal only on its own state, so splitting the lines over threads (each with its own
    /// matcher or writer and buffers) cannot change any result; the cross-line steps (contests, assignment) run in
    /// between on one thread in a fixed order.
    /// </summary>
    private static TMatcher[] ForEachLine<TMatcher>(LineState[] states, Func<TMatcher> createMatcher, Action<TMatcher, LineState> match)
        where TMatcher : class
    {
        if (states.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            var matcher = createMatcher();
            foreach (var state in states) match(matcher, state);
            return [matcher];
        }

        var workers = Math.Min(Environment.ProcessorCount, 8);
        var chunk = (states.Length + workers - 1) / workers;
        var matchers = new TMatcher[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var matcher = matchers[worker] = createMatcher();
            var end = Math.Min(states.Length, (worker + 1) * chunk);
            for (var i = worker * chunk; i < end; i++) match(matcher, states[i]);
        });
        return matchers;
    }

    /// <summary>Sorts a line's candidates, drops repeats of the same application (the better one stays) and caps them.</summary>
    private static void Rank(LineState state, Comparison<CandidateRecord> order, int max)
    {
        var candidates = state.Candidates;
        candidates.Sort(order);
        // in place: keep the first of each application, up to max
        var kept = 0;
        for (var i = 0; i < candidates.Length && kept < max; i++)
        {
            var repeat = false;
            for (var k = 0; k < kept && !repeat; k++) repeat = candidates[k].SameApplication(in candidates[i]);
            if (repeat) continue;
            if (kept != i) candidates[kept] = candidates[i];
            kept++;
        }

        state.KeepCandidates(kept);
        candidates = state.Candidates;
        for (var i = 0; i < candidates.Length; i++) candidates[i].Rank = i;
    }

    /// <summary>Two High candidates with the same score: neither is applied automatically.</summary>
    private static void Disambiguate(LineState state, Comparison<CandidateRecord> order)
    {
        var candidates = state.Candidates;
        if (candidates.Length < 2 || candidates[0].Confidence != MatchConfidence.High) return;
        var top = candidates[0].Score;
        if (candidates[1].Confidence != MatchConfidence.High || candidates[1].Score != top) return;
        foreach (ref var candidate in candidates)
        {
            if (candidate.Confidence != MatchConfidence.High || candidate.Score != top) continue;
            candidate.Flags |= CandidateFlags.Ambiguous;
            candidate.Downgrade();
        }

        Rank(state, order, candidates.Length);
    }

    /// <summary>
    /// Lines whose best candidates are equally strong claims on the same entry, with too little left for all of them
    /// (e.g. a payment made twice), are not applied automatically.
    /// </summary>
    private static void ResolveContests(LineState[] states, MatchIndex index, Comparison<CandidateRecord> order)
    {
        // (entry, line) for every entry a line's High top candidate claims, sorted: each entry's claimants side by side
        // in line order (one array instead of a dictionary of lists)
        var count = 0;
        foreach (var state in states)
        {
            if (state.CandidateCount > 0 && state.Candidates[0].Confidence == MatchConfidence.High) count += state.Candidates[0].Entries.Length;
        }

        var claims = new long[count];
        count = 0;
        foreach (var state in states)
        {
            if (state.CandidateCount == 0 || state.Candidates[0].Confidence != MatchConfidence.High) continue;
            foreach (var e in state.Candidates[0].Entries) claims[count++] = ((long)e << 32) | (uint)state.Position;
        }

        Array.Sort(claims);
        var contested = new bool[states.Length];
        var claimants = new List<LineState>();
        var tied = new List<LineState>();
        for (var start = 0; start < claims.Length;)
        {
            var entry = (int)(claims[start] >> 32);
            var end = start;
            claimants.Clear();
            while (end < claims.Length && (int)(claims[end] >> 32) == entry)
            {
                claimants.Add(states[(int)claims[end]]);
                end++;
            }

            start = end;
            if (claimants.Count < 2) continue;
            long demand = 0;
            var best = int.MinValue;
            foreach (var state in claimants)
            {
                ref readonly var top = ref state.Candidates[0];
                demand += top.Consumes(top.Entries.IndexOf(entry));
                best = Math.Max(best, top.Score);
            }

            if (demand <= index.Entries[entry].Remaining) continue;
            tied.Clear();
            var allPartial = true;
            foreach (var state in claimants)
            {
                if (state.Candidates[0].Score != best) continue;
                tied.Add(state);
                allPartial &= state.Candidates[0].Relation == AmountRelation.Partial;
            }

            if (tied.Count < 2) continue;
            if (!allPartial)
            {
                foreach (var state in tied) contested[state.Position] = true;
                continue;
            }

            // part payments add up legitimately: the earliest lines that still fit keep their confidence
            tied.Sort(LineState.CompareKeys);
            long cumulative = 0;
            foreach (var state in tied)
            {
                ref readonly var top = ref state.Candidates[0];
                var at = top.Entries.IndexOf(entry);
                cumulative += top.Consumes(at);
                if (cumulative > index.Entries[entry].Remaining) contested[state.Position] = true;
            }
        }

        // the set is applied after it is complete, so the outcome does not depend on the order entries were looked at
        foreach (var state in states)
        {
            if (!contested[state.Position]) continue;
            ref var top = ref state.Candidates[0];
            top.Flags |= CandidateFlags.ContestedByOtherLine;
            top.Downgrade();
            Rank(state, order, state.CandidateCount);
        }
    }
}
