namespace BankRecon.Domain.Matching.Engine;

/// <summary>How <see cref="RadixSort"/> reads the number a value is sorted by (non-negative).</summary>
internal interface IRadixKey<T>
{
    static abstract long Of(in T value);
}

/// <summary>
/// A stable sort of values by a non-negative number below 2^<c>bits</c>, least significant digit first, 11 bits per pass
/// (a table of 2 048 counts stays in the first-level cache): linear time where a comparison sort grows with n log n.
/// Used for the amount pools and the assignment order, each up to as long as the ledger or the candidates.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;

    public static void Sort<T, TKey>(T[] values, int bits)
        where TKey : IRadixKey<T>
    {
        var from = values;
        var to = GC.AllocateUninitializedArray<T>(values.Length);
        Span<int> next = stackalloc int[Buckets];
        for (var shift = 0; shift < bits; shift += DigitBits)
        {
            next.Clear();
            foreach (var value in from) next[(int)(TKey.Of(in value) >> shift) & (Buckets - 1)]++;
            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var size = next[b];
                next[b] = total;
                total += size;
            }

            foreach (var value in from) to[next[(int)(TKey.Of(in value) >> shift) & (Buckets - 1)]++] = value;
            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, values)) from.CopyTo(values, 0);
    }

    /// <summary>Bits needed for a number from 0 to <paramref name="max"/>.</summary>
    public static int BitsFor(long max) => max <= 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)max);
}
