namespace BankRecon.Domain.Matching.Engine;

/// <summary>Amount arithmetic shared by both rule sets (absolute minor units).</summary>
internal static class Planning
{
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
        candidate.PlannedDiscount = discounts;
    }
}
