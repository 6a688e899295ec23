namespace BankRecon.Importers.Bai2;

/// <summary>
/// The funds type of a BAI2 amount decides how many fields follow it: blank/0/1/2/Z none, V a value date and time,
/// S three amounts (immediate, one-day, two-or-more-day), D a count n and then n (days, amount) pairs.
/// </summary>
internal static class Bai2FundsType
{
    /// <summary>
    /// Consumes the funds type at <paramref name="index"/> and its extra fields; returns the index after them, or -1
    /// when the fields run out or the funds type is unknown (<paramref name="error"/> says why).
    /// </summary>
    public static int Skip(IReadOnlyList<string> fields, int index, out string? fundsType, out string? valueDate, out string? error)
    {
        fundsType = index < fields.Count ? fields[index].Trim() : "";
        valueDate = null;
        error = null;
        var next = index + 1;
        switch (fundsType.ToUpperInvariant())
        {
            case "":
            case "0":
            case "1":
            case "2":
            case "Z":
                return next;
            case "V":
                valueDate = next < fields.Count ? fields[next].Trim() : null;
                return next + 2;
            case "S":
                return next + 3;
            case "D":
                if (next >= fields.Count || !int.TryParse(fields[next], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count > 1000)
                {
                    error = "The distributed availability (funds type D) has no valid number of distributions.";
                    return -1;
                }

                return next + 1 + 2 * count;
            default:
                error = $"The funds type '{fundsType}' is not a BAI2 funds type (0, 1, 2, V, S, D, Z).";
                return -1;
        }
    }
}
