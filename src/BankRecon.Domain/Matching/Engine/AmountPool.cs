namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// All open entries of one ledger type (customers or vendors) in one currency, sorted by amount: Business Central
/// counts "One Match / Multiple Matches" across this whole pool.
/// </summary>
internal sealed class AmountPool(AmountKey[] keys)
{
    public AmountKey[] Keys { get; } = keys;

    /// <summary>Distinct entries whose applicable amount on <paramref name="date"/> is in [min, max], counted up to <paramref name="stopAt"/>.</summary>
    public int CountInBand(IndexedEntry[] entries, long min, long max, DateOnly date, int stopAt, WorkCounters counters)
    {
        var count = 0;
        for (var i = AmountKey.LowerBound(Keys, min); i < Keys.Length && Keys[i].Amount <= max; i++)
        {
            counters.AmountKeysRead++;
            if (!Keys[i].IsValidOn(in entries[Keys[i].Entry], date)) continue;
            if (++count >= stopAt) break;
        }

        return count;
    }

    /// <summary>Adds up to <paramref name="cap"/> entries whose applicable amount is in [min, max], nearest to <paramref name="target"/> first.</summary>
    public void Collect(IndexedEntry[] entries, long min, long max, long target, DateOnly date, int cap, List<int> into, WorkCounters counters)
    {
        var start = AmountKey.LowerBound(Keys, min);
        // binary search for the end too: a round amount shared by thousands of entries must not be walked per line
        var end = max == long.MaxValue ? Keys.Length : AmountKey.LowerBound(Keys, max + 1);
        if (end <= start) return;
        // walk outwards from the target so that the nearest amounts are kept when the band is crowded
        var centre = AmountKey.LowerBound(Keys, target);
        centre = Math.Clamp(centre, start, end);
        int left = centre - 1, right = centre, added = 0;
        while (added < cap && (left >= start || right < end))
        {
            bool takeRight;
            if (left < start) takeRight = true;
            else if (right >= end) takeRight = false;
            else takeRight = Keys[right].Amount - target <= target - Keys[left].Amount;
            var key = takeRight ? Keys[right++] : Keys[left--];
            counters.AmountKeysRead++;
            if (!key.IsValidOn(in entries[key.Entry], date)) continue;
            into.Add(key.Entry);
            added++;
        }
    }
}
