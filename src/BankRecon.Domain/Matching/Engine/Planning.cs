namespace BankRecon.Domain.Matching.Engine;

/// <summary>Amount arithmetic shared by both rule sets (absolute minor units).</summary>
internal static class Planning
{
    private static readonly long[][] Zeros = [[], [0], [0, 0], [0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]];

    /// <summary>
    /// <paramref name="amounts"/>, or a shared array of as many zeros when all are zero: most candidates take no
    /// discount, and each keeps its planned amounts until the proposals are written. Planned arrays are never written
    /// to once planned.
    /// </summary>
    public static long[] Shared(long[] amounts) => IsZero(amounts) && amounts.Length < Zeros.Length ? Zeros[amounts.Length] : amounts;

    /// <summary>As <see cref="Shared(long[])"/>, for amounts planned in a buffer: an array only when one is not zero.</summary>
    public static long[] Shared(ReadOnlySpan<long> amounts) => IsZero(amounts) ? NoDiscounts(amounts.Length) : amounts.ToArray();

    private static bool IsZero(ReadOnlySpan<long> amounts)
    {
        foreach (var amount in amounts)
        {
            if (amount != 0) return false;
        }

        return true;
    }

    /// <summary><paramref name="count"/> zeros, shared like those of <see cref="Shared(long[])"/>.</summary>
    public static long[] NoDiscounts(int count) => count < Zeros.Length ? Zeros[count] : new long[count];

    /// <summary>How a line amount relates to a candidate's remaining and applicable (discounted) totals.</summary>
    public static AmountRelation Relate(long line, long remaining, long applicable, AmountBand band)
    {
        if (line == remaining) return AmountRelation.Exact;
        if (line == applicable) return AmountRelation.ExactWithDiscount;
        if (band.Contains(applicable) || band.Contains(remaining)) return AmountRelation.WithinTolerance;
        return line < applicable ? AmountRelation.Partial : AmountRelation.Over;
    }

    /// <summary>
    /// Business Central's suggested amount for one entry: the discounted amount (with the discount) when the payment
    /// is on time and covers it, otherwise min(available, what is left of the line).
    /// </summary>
    public static (long Amount, long Discount) Suggest(in IndexedEntry entry, long available, long lineLeft, DateOnly date)
    {
        if (available <= 0 || lineLeft <= 0) return (0, 0);
        if (entry.DiscountApplies(date) && available == entry.Remaining && lineLeft >= available - entry.Discount)
        {
            return (available - entry.Discount, entry.Discount);
        }

        return (Math.Min(available, lineLeft), 0);
    }

    /// <summary>
    /// Applies the line to the entries in order (oldest first) with <see cref="Suggest"/>, against full remaining
    /// amounts; the total never exceeds the line and no entry gets more than its remaining amount.
    /// </summary>
    public static void Plan(Candidate candidate, IndexedEntry[] entries, long lineAmount, DateOnly date)
    {
        var planned = new long[candidate.Entries.Length];
        var discounts = new long[candidate.Entries.Length];
        var left = lineAmount;
        for (var i = 0; i < candidate.Entries.Length && left > 0; i++)
        {
            ref readonly var entry = ref entries[candidate.Entries[i]];
            (planned[i], discounts[i]) = Suggest(entry, entry.Remaining, left, date);
            left -= planned[i];
        }

        candidate.Planned = planned;
        candidate.PlannedDiscount = Planning.Shared(discounts);
    }
}
