namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A candidate's place in the assignment order, as up to four numbers compared in turn (smaller first), with the
/// line and the candidate's position in it. Sorting these compares plain numbers instead of following references to
/// lines and candidates, which a run of 100 000 lines would do millions of times.
/// </summary>
internal readonly record struct AssignmentKey(int First, int Second, int Third, int Fourth, int State, int Candidate) : IComparable<AssignmentKey>
{
    /// <summary>
    /// Sorts the keys (no two are equal: each names one candidate of one line). When the four numbers, each less its
    /// smallest value, fit in 63 bits together with a key's position, the keys are sorted as single numbers (the same
    /// order, several times faster than comparing keys field by field; at 100 000 lines there are about 600 000), and
    /// by their digits rather than by comparisons, so the time grows with the number of keys and not faster.
    /// </summary>
    public static void Sort(AssignmentKey[] keys)
    {
        if (keys.Length < 2) return;
        long min1 = int.MaxValue, min2 = int.MaxValue, min3 = int.MaxValue, min4 = int.MaxValue;
        long max1 = int.MinValue, max2 = int.MinValue, max3 = int.MinValue, max4 = int.MinValue;
        foreach (var key in keys)
        {
            min1 = Math.Min(min1, key.First);
            max1 = Math.Max(max1, key.First);
            min2 = Math.Min(min2, key.Second);
            max2 = Math.Max(max2, key.Second);
            min3 = Math.Min(min3, key.Third);
            max3 = Math.Max(max3, key.Third);
            min4 = Math.Min(min4, key.Fourth);
            max4 = Math.Max(max4, key.Fourth);
        }

        int bits1 = Bits(max1 - min1), bits2 = Bits(max2 - min2), bits3 = Bits(max3 - min3), bits4 = Bits(max4 - min4), bitsAt = Bits(keys.Length - 1);
        if (bits1 + bits2 + bits3 + bits4 + bitsAt > 63)
        {
            Array.Sort(keys);
            return;
        }

        var packed = new long[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var value = key.First - min1;
            value = (value << bits2) | (key.Second - min2);
            value = (value << bits3) | (key.Third - min3);
            value = (value << bits4) | (key.Fourth - min4);
            packed[i] = (value << bitsAt) | (uint)i;
        }

        RadixSort(packed, bits1 + bits2 + bits3 + bits4 + bitsAt);
        var original = (AssignmentKey[])keys.Clone();
        var positionMask = (1L << bitsAt) - 1;
        for (var i = 0; i < keys.Length; i++) keys[i] = original[(int)(packed[i] & positionMask)];
    }

    /// <summary>Sorts non-negative numbers below 2^<paramref name="bits"/> ascending (<see cref="Engine.RadixSort"/>).</summary>
    internal static void RadixSort(long[] values, int bits) => Engine.RadixSort.Sort<long, Itself>(values, bits);

    /// <summary>Bits needed for a number from 0 to <paramref name="range"/>.</summary>
    private static int Bits(long range) => Engine.RadixSort.BitsFor(range);

    public int CompareTo(AssignmentKey other)
    {
        var c = First.CompareTo(other.First);
        if (c != 0) return c;
        c = Second.CompareTo(other.Second);
        if (c != 0) return c;
        c = Third.CompareTo(other.Third);
        return c != 0 ? c : Fourth.CompareTo(other.Fourth);
    }

    /// <summary>A packed key is its own sort number.</summary>
    private readonly struct Itself : IRadixKey<long>
    {
        public static long Of(in long value) => value;
    }
}
