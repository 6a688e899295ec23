namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// One amount under which an entry can be found. An entry with a payment discount is listed twice: with its remaining
/// amount (valid after the discount date) and with the discounted amount (valid until then).
/// </summary>
internal readonly record struct AmountKey(long Amount, int Entry, AmountKeyKind Kind) : IComparable<AmountKey>
{
    public int CompareTo(AmountKey other)
    {
        var byAmount = Amount.CompareTo(other.Amount);
        if (byAmount != 0) return byAmount;
        var byEntry = Entry.CompareTo(other.Entry);
        return byEntry != 0 ? byEntry : ((byte)Kind).CompareTo((byte)other.Kind);
    }

    public bool IsValidOn(in IndexedEntry entry, DateOnly date) => Kind switch
    {
        AmountKeyKind.Plain => true,
        AmountKeyKind.RemainingAfterDiscountDate => !entry.DiscountApplies(date),
        AmountKeyKind.Discounted => entry.DiscountApplies(date),
        _ => false,
    };

    /// <summary>Index of the first key with Amount ≥ <paramref name="min"/>.</summary>
    public static int LowerBound(ReadOnlySpan<AmountKey> keys, long min)
    {
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (keys[mid].Amount < min) low = mid + 1;
            else high = mid;
        }

        return low;
    }

    /// <summary>How many keys <see cref="Fill"/> writes for the given entries (two for an entry with a discount).</summary>
    public static int CountFor(ReadOnlySpan<int> entryIndexes, IndexedEntry[] entries)
    {
        var size = 0;
        foreach (var e in entryIndexes) size += entries[e].Discount > 0 ? 2 : 1;
        return size;
    }

    /// <summary>
    /// Writes the amount keys of entries given in ascending order into <paramref name="keys"/> (<see cref="CountFor"/>
    /// long) and sorts them: written in (entry, kind) order, a stable sort by amount alone gives the order of
    /// <see cref="CompareTo"/>, and a radix sort does that in linear time (an amount pool holds up to all entries).
    /// </summary>
    public static void FillAscending(ReadOnlySpan<int> entryIndexes, IndexedEntry[] entries, AmountKey[] keys)
    {
        Write(entryIndexes, entries, keys);
        var max = 0L;
        var min = 0L;
        foreach (var key in keys)
        {
            max = Math.Max(max, key.Amount);
            min = Math.Min(min, key.Amount);
        }

        // amounts are absolute minor units (never below 0); a short pool is sorted by comparison
        if (min < 0 || keys.Length < 1024)
        {
            Array.Sort(keys);
            return;
        }

        RadixSort.Sort<AmountKey, ByAmount>(keys, RadixSort.BitsFor(max));
    }

    /// <summary>Writes the amount keys of the given entries into <paramref name="keys"/> (<see cref="CountFor"/> long) and sorts them.</summary>
    public static void Fill(ReadOnlySpan<int> entryIndexes, IndexedEntry[] entries, Span<AmountKey> keys)
    {
        Write(entryIndexes, entries, keys);
        keys.Sort();
    }

    private static void Write(ReadOnlySpan<int> entryIndexes, IndexedEntry[] entries, Span<AmountKey> keys)
    {
        var k = 0;
        foreach (var e in entryIndexes)
        {
            ref readonly var entry = ref entries[e];
            if (entry.Discount > 0)
            {
                keys[k++] = new AmountKey(entry.Remaining, e, AmountKeyKind.RemainingAfterDiscountDate);
                keys[k++] = new AmountKey(entry.Remaining - entry.Discount, e, AmountKeyKind.Discounted);
            }
            else
            {
                keys[k++] = new AmountKey(entry.Remaining, e, AmountKeyKind.Plain);
            }
        }
    }

    /// <summary>Sorts amount keys by amount alone (<see cref="RadixSort"/>).</summary>
    private readonly struct ByAmount : IRadixKey<AmountKey>
    {
        public static long Of(in AmountKey value) => value.Amount;
    }
}
