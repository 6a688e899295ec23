namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Bounded subset-sum: which of up to 30 amounts (oldest entry first) add up exactly to a payment. Depth-first with
/// "take the older entry first", so the first solution found prefers older entries; pruned by running and remaining
/// sums (all amounts are positive), and stopped after a fixed number of visited nodes.
/// </summary>
internal static class CombinationSearch
{
    public const int MaxItems = 30;

    /// <summary>Node budget per search: 2^12 covers every subset of the default 12 entries.</summary>
    public const int MaxNodes = 1 << 13;

    /// <summary>Finds up to <paramref name="solutions"/>.Length subsets (bit masks) of size ≥ <paramref name="minSize"/> and ≤ <paramref name="maxSize"/>.</summary>
    public static int Find(ReadOnlySpan<long> amounts, long target, int minSize, int maxSize, Span<int> solutions)
    {
        if (amounts.Length == 0 || amounts.Length > MaxItems || target <= 0 || solutions.Length == 0) return 0;
        Span<long> suffix = stackalloc long[amounts.Length + 1];
        suffix[amounts.Length] = 0;
        for (var i = amounts.Length - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + amounts[i];
        if (suffix[0] < target) return 0;
        var state = new SearchState { Found = 0, Nodes = 0 };
        Search(amounts, suffix, target, minSize, maxSize, 0, 0, 0, 0, solutions, ref state);
        return state.Found;
    }

    private static void Search(
        ReadOnlySpan<long> amounts, ReadOnlySpan<long> suffix, long target, int minSize, int maxSize,
        int position, long sum, int mask, int size, Span<int> solutions, ref SearchState state)
    {
        if (state.Found >= solutions.Length || ++state.Nodes > MaxNodes) return;
        if (sum == target)
        {
            if (size >= minSize && size <= maxSize) solutions[state.Found++] = mask;
            return;
        }

        if (position >= amounts.Length || sum + suffix[position] < target || size >= maxSize) return;
        if (sum + amounts[position] <= target)
        {
            Search(amounts, suffix, target, minSize, maxSize, position + 1, sum + amounts[position], mask | (1 << position), size + 1, solutions, ref state);
        }

        Search(amounts, suffix, target, minSize, maxSize, position + 1, sum, mask, size, solutions, ref state);
    }

    private struct SearchState
    {
        public int Found;
        public int Nodes;
    }
}
