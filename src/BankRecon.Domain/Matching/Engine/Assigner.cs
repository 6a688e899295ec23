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
        var available = new long[index.Entries.Length];
        for (var i = 0; i < available.Length; i++) available[i] = index.Entries[i].Remaining;
        var order = Flatten(states);
        order.Sort((x, y) =>
        {
            var c = y.Candidate.Score.CompareTo(x.Candidate.Score);
            if (c != 0) return c;
            c = LineState.CompareKeys(x.State, y.State);
            return c != 0 ? c : x.Candidate.Rank.CompareTo(y.Candidate.Rank);
        });

        foreach (var (state, candidate) in order)
        {
            if (state.Chosen is not null) continue;
            if (candidate.Kind == CandidateKind.TextMapping)
            {
                Choose(state, candidate, [], [], []);
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
                Choose(state, candidate, candidate.Planned, candidate.PlannedDiscount, candidate.PlannedCharges);
                continue;
            }

            // another line took part of a single entry: apply what is left, but never automatically
            if (candidate.Entries.Length == 1 && available[candidate.Entries[0]] > 0)
            {
                var amount = Math.Min(available[candidate.Entries[0]], state.Amount);
                available[candidate.Entries[0]] -= amount;
                candidate.Flags |= CandidateFlags.Reduced;
                candidate.Downgrade();
                Choose(state, candidate, [amount], [0], []);
            }
        }
    }

    public static void AssignBusinessCentral(LineState[] states, MatchIndex index)
    {
        var available = new long[index.Entries.Length];
        for (var i = 0; i < available.Length; i++) available[i] = index.Entries[i].Remaining;
        var order = Flatten(states);
        order.Sort((x, y) =>
        {
            // BC: Quality desc, No. of Entries desc; ties follow its buffer key descending (later lines first)
            var c = y.Candidate.Score.CompareTo(x.Candidate.Score);
            if (c != 0) return c;
            c = y.Candidate.Entries.Length.CompareTo(x.Candidate.Entries.Length);
            if (c != 0) return c;
            c = LineState.CompareKeys(y.State, x.State);
            return c != 0 ? c : x.Candidate.Rank.CompareTo(y.Candidate.Rank);
        });

        foreach (var (state, candidate) in order)
        {
            if (state.Chosen is not null) continue;
            if (candidate.Kind == CandidateKind.TextMapping)
            {
                Choose(state, candidate, [], [], []);
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

            if (any) Choose(state, candidate, amounts, discounts, []);
        }
    }

    private static List<(LineState State, Candidate Candidate)> Flatten(LineState[] states)
    {
        var order = new List<(LineState, Candidate)>();
        foreach (var state in states)
        {
            foreach (var candidate in state.Candidates) order.Add((state, candidate));
        }

        return order;
    }

    private static void Choose(LineState state, Candidate candidate, long[] amounts, long[] discounts, long[] charges)
    {
        state.Chosen = candidate;
        state.ChosenAmounts = amounts;
        state.ChosenDiscounts = discounts;
        state.ChosenCharges = charges;
    }
}
