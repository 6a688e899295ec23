using System.Globalization;
using System.Text;

namespace BankRecon.Domain.Common;

/// <summary>
/// A Business Central style date formula: terms like "30D", "2W", "1M", "1Y", "CM" (end of current month), combined with
/// + and -: "CM+14D", "1M+CM", "-5D". Used for due dates, discount dates and grace periods.
/// </summary>
public sealed record DateFormula
{
    private readonly (int Sign, int Count, char Unit)[] _terms;

    private DateFormula(string text, (int Sign, int Count, char Unit)[] terms)
    {
        Text = text;
        _terms = terms;
    }

    public string Text { get; }

    public static DateFormula Empty { get; } = new("", []);

    public bool IsEmpty => _terms.Length == 0;

    public static DateFormula Days(int days) => Parse(days.ToString(CultureInfo.InvariantCulture) + "D");

    public static DateFormula Parse(string? text) =>
        TryParse(text, out var formula) ? formula : throw new FormatException($"'{text}' is not a date formula (examples: 30D, 2W, 1M, CM, CM+14D).");

    public static bool TryParse(string? text, out DateFormula formula)
    {
        formula = Empty;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var compact = new StringBuilder();
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) compact.Append(char.ToUpperInvariant(c));
        }

        var s = compact.ToString();
        var terms = new List<(int, int, char)>();
        var i = 0;
        while (i < s.Length)
        {
            var sign = 1;
            if (s[i] is '+' or '-')
            {
                sign = s[i] == '-' ? -1 : 1;
                i++;
            }

            if (i + 1 < s.Length + 1 && s.AsSpan(i).StartsWith("CM", StringComparison.Ordinal))
            {
                terms.Add((sign, 0, 'C'));
                i += 2;
                continue;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start || i >= s.Length || i - start > 4) return false;
            var count = int.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            var unit = s[i++];
            if (unit is not ('D' or 'W' or 'M' or 'Y')) return false;
            terms.Add((sign, count, unit));
        }

        formula = new DateFormula(s, [.. terms]);
        return true;
    }

    public DateOnly Apply(DateOnly date)
    {
        foreach (var (sign, count, unit) in _terms)
        {
            date = unit switch
            {
                'D' => date.AddDays(sign * count),
                'W' => date.AddDays(sign * count * 7),
                'M' => date.AddMonths(sign * count),
                'Y' => date.AddYears(sign * count),
                // "current month": +CM moves to the last day of the month, -CM to the first
                'C' => sign > 0
                    ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))
                    : new DateOnly(date.Year, date.Month, 1),
                _ => date,
            };
        }

        return date;
    }

    public override string ToString() => Text;
}
