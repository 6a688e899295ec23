namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Business Central's tolerance band around a statement amount (GetAmountRangeForTolerance), on absolute minor
/// units: Amount → [a − v, a + v] (never below 0); Percentage → [a·(1 − p/100), a·(1 + p/100)], rounded to minor units.
/// </summary>
internal readonly record struct AmountBand(long Min, long Max)
{
    public bool Contains(long amount) => amount >= Min && amount <= Max;

    public static AmountBand For(long amount, decimal scale, MatchingSettings settings)
    {
        var value = Math.Max(0m, settings.ToleranceValue);
        if (value == 0m) return new AmountBand(amount, amount);
        if (settings.ToleranceType == ToleranceType.Amount)
        {
            var delta = decimal.ToInt64(Math.Round(value * scale, 0, MidpointRounding.AwayFromZero));
            return new AmountBand(Math.Max(0, amount - delta), amount + delta);
        }

        var min = decimal.ToInt64(Math.Round(amount * (1m - value / 100m), 0, MidpointRounding.AwayFromZero));
        var max = decimal.ToInt64(Math.Round(amount * (1m + value / 100m), 0, MidpointRounding.AwayFromZero));
        return new AmountBand(Math.Max(0, min), max);
    }
}
