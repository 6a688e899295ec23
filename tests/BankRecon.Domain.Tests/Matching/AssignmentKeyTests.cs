using BankRecon.Domain.Matching.Engine;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>The order in which candidates of all lines are assigned.</summary>
public sealed class AssignmentKeyTests
{
    [Theory]
    [InlineData(1_000)]         // scores, line numbers and ranks as a run has them: sorted as single numbers
    [InlineData(2_000_000_000)] // fields too wide to share 64 bits: sorted field by field
    public void Keys_are_sorted_as_comparing_them_field_by_field_sorts_them(int spread)
    {
        var random = new Random(spread);
        var keys = new List<AssignmentKey>();
        for (var line = 0; line < 3_000; line++)
        {
            var candidates = random.Next(0, 6);
            for (var rank = 0; rank < candidates; rank++)
            {
                // negative scores and line numbers (Business Central's rule set sorts by -line), many equal scores
                var score = -random.Next(-spread, spread) / 100 * 100;
                keys.Add(new AssignmentKey(score, -random.Next(1, 9), spread > 1_000 ? random.Next(-spread, spread) : -line, rank, line, rank));
            }
        }

        var expected = keys.ToArray();
        Array.Sort(expected);
        var sorted = keys.ToArray();

        AssignmentKey.Sort(sorted);

        Assert.Equal(expected, sorted);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 1)]
    [InlineData(11, 5_000)]   // exactly one pass
    [InlineData(12, 5_000)]   // a second pass for one bit
    [InlineData(63, 20_000)]  // every pass, the largest numbers allowed
    public void Numbers_are_sorted_by_their_digits_as_a_comparison_sort_sorts_them(int bits, int count)
    {
        var random = new Random(bits * 7 + count);
        var values = new long[count];
        for (var i = 0; i < count; i++) values[i] = bits == 0 ? 0 : random.NextInt64(0, bits == 63 ? long.MaxValue : 1L << bits);
        if (count > 2) values[1] = values[0];   // repeats keep their place among equals (they are equal numbers)
        var expected = (long[])values.Clone();
        Array.Sort(expected);

        AssignmentKey.RadixSort(values, bits);

        Assert.Equal(expected, values);
    }
}
