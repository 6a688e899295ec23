namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Turns ranked candidates into one application per line, best score first across all lines (BC's
/// CreateAppliedEntries), tracking what is still available on every entry so no entry is ever over-applied when
/// several lines pay the same invoice.
/// </summary>
internal static class Assigner
{
    public static void AssignDefault(LineState[] states, MatchIndex index)
    {
        var available = Available(index);
        // score descending, then line order, then the candidate's rank in its line
        var lineOrder = LineOrder(states);
        var order = Flatten(states, (LineState state, in CandidateRecord candidate) => new AssignmentKey(-candidate.Score, lineOrder[state.Position], candidate.Rank, 0, 0, 0));
        foreach (var key in order)
        {
            var state = states[key.State];
            if (state.ChosenIndex >= 0) continue;
            ref var candidate = ref state.Candidates[key.Candidate];
            if (candidate.Kind == CandidateKind.TextMapping)
            {
                Choose(state, key.Candidate, default, default, default);
                continue;
            }

            var feasible = true;
            for (var i = 0; i < candidate.Entries.Length && feasible; i++)
            {
                feasible = candidate.Consumes(i) <= available[candidate.Entries[i]];
            }

            if (feasible)
            {
                for (var i = 0; i < candidate.Entries.Length; i++) available[candidate.Entries[i]] -= candidate.Consumes(i);
                Choose(state, key.Candidate, candidate.PlannedMemory, candidate.PlannedDiscountMemory, candidate.PlannedChargesMemory);
                continue;
            }

            // another line took part of a single entry: apply what is left, but never automatically
            if (candidate.Entries.Length == 1 && available[candidate.Entries[0]] > 0)
            {
                var amount = Math.Min(available[candidate.Entries[0]], state.Amount);
                available[candidate.Entries[0]] -= amount;
                candidate.Flags |= CandidateFlags.Reduced;
                candidate.Downgrade();
                Choose(state, key.Candidate, new[] { amount }, Planning.NoDiscounts(1), default);
            }
        }
    }

    public static void AssignBusinessCentral(LineState[] states, MatchIndex index)
    {
        var available = Available(index);
        // BC: Quality desc, No. of Entries desc; ties follow its buffer key descending (later lines first)
        var lineOrder = LineOrder(states);
        var order = Flatten(states, (LineState state, in CandidateRecord candidate) => new AssignmentKey(-candidate.Score, -candidate.Entries.Length, -lineOrder[state.Position], candidate.Rank, 0, 0));
        foreach (var key in order)
        {
            var state = states[key.State];
            if (state.ChosenIndex >= 0) continue;
            ref readonly var candidate = ref state.Candidates[key.Candidate];
            if (candidate.Kind == CandidateKind.TextMapping)
            {
                Choose(state, key.Candidate, default, default, default);
                continue;
            }

            var amounts = new long[candidate.Entries.Length];
            var discounts = new long[candidate.Entries.Length];
            var left = state.Amount;
            var any = false;
            for (var i = 0; i < candidate.Entries.Length && left > 0; i++)
            {
                var e = candidate.Entries[i];
                (amounts[i], discounts[i]) = Planning.Suggest(index.Entries[e], available[e], left, state.Line.Date);
                if (amounts[i] == 0 && discounts[i] == 0) continue;
                available[e] -= amounts[i] + discounts[i];
                left -= amounts[i];
                any = true;
            }

            if (any) Choose(state, key.Candidate, amounts, discounts, default);
        }
    }

    private static long[] Available(MatchIndex index)
    {
        var available = new long[index.Entries.Length];
        for (var i = 0; i < available.Length; i++) available[i] = index.Entries[i].Remaining;
        return available;
    }

    /// <summary>Each line's place when the lines are sorted by <see cref="LineState.CompareKeys"/>.</summary>
    private static int[] LineOrder(LineState[] states)
    {
        var order = new int[states.Length];
        var inOrder = true;
        for (var i = 1; i < states.Length && inOrder; i++) inOrder = LineState.CompareKeys(states[i - 1], states[i]) < 0;
        if (inOrder)
        {
            // lines usually arrive in statement and line order already
            for (var i = 0; i < order.Length; i++) order[i] = i;
            return order;
        }

        var sorted = (LineState[])states.Clone();
        Array.Sort(sorted, LineState.CompareKeys);
        for (var i = 0; i < sorted.Length; i++) order[sorted[i].Position] = i;
        return order;
    }

    /// <summary>Every candidate of every line, sorted by the key <paramref name="sortKey"/> gives it.</summary>
    private static AssignmentKey[] Flatten(LineState[] states, SortKey sortKey)
    {
        var count = 0;
        foreach (var state in states) count += state.CandidateCount;
        var order = new AssignmentKey[count];
        count = 0;
        foreach (var state in states)
        {
            for (var c = 0; c < state.CandidateCount; c++)
            {
                order[count++] = sortKey(state, in state.Candidates[c]) with { State = state.Position, Candidate = c };
            }
        }

        AssignmentKey.Sort(order);
        return order;
    }

    private delegate AssignmentKey SortKey(LineState state, in CandidateRecord candidate);

    private static void Choose(LineState state, int candidate, ReadOnlyMemory<long> amounts, ReadOnlyMemory<long> discounts, ReadOnlyMemory<long> charges)
    {
        state.ChosenIndex = candidate;
        state.ChosenAmounts = amounts;
        state.ChosenDiscounts = discounts;
        state.ChosenCharges = charges;
    }
}
