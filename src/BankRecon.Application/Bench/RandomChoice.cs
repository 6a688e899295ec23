namespace BankRecon.Application.Bench;

/// <summary>Small helpers over a seeded <see cref="Random"/>; amounts are drawn in whole cents, never via floating point.</summary>
internal static class RandomChoice
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => probability > 0 && random.NextDouble() < probability;

    /// <summary>Uniform amount in [min, max] with two decimals.</summary>
    public static decimal Amount(this Random random, decimal min, decimal max) =>
        random.NextInt64(decimal.ToInt64(min * 100m), decimal.ToInt64(max * 100m) + 1) / 100m;

    /// <summary>The amount with exactly two decimals (scale 2), so that "100000" is written "100000.00" everywhere.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>A string of random decimal digits.</summary>
    public static string Digits(this Random random, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    /// <summary>Index drawn with the given relative weights (all ≥ 0, at least one positive).</summary>
    public static int Weighted(this Random random, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights) total += weight;
        var draw = random.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0) return i;
        }

        return weights.Count - 1;
    }

    public static void Shuffle<T>(this Random random, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
