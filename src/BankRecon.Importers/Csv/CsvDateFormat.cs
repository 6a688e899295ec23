using System.Collections.Concurrent;
using System.Globalization;
using BankRecon.Importers.Text;

namespace BankRecon.Importers.Csv;

/// <summary>
/// A profile's date pattern ("dd.MM.yyyy", or several separated by '|', tried in order), prepared once. Patterns made
/// of dd, MM, yyyy and the separators . - / are read by position from the span; any other pattern, and any value such
/// a reading does not take (inner spaces, a time part), goes to the framework's exact parse in the invariant calendar,
/// so the accepted forms are exactly those of <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>.
/// </summary>
internal sealed class CsvDateFormat
{
    private static readonly ConcurrentDictionary<string, CsvDateFormat> Prepared = new(StringComparer.Ordinal);

    private readonly Alternative[] _alternatives;

    private CsvDateFormat(string pattern)
    {
        var patterns = pattern.Contains('|', StringComparison.Ordinal)
            ? pattern.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [pattern.Trim()];
        _alternatives = [.. patterns.Select(p => new Alternative(p, FixedLayout.TryCreate(p)))];
    }

    /// <summary>The prepared form of a pattern; profiles are few, so they are kept (up to a bound).</summary>
    public static CsvDateFormat For(string pattern)
    {
        if (Prepared.TryGetValue(pattern, out var format)) return format;
        format = new CsvDateFormat(pattern);
        if (Prepared.Count < 256) Prepared.TryAdd(pattern, format);
        return format;
    }

    public bool TryParse(ReadOnlySpan<char> raw, out DateOnly date)
    {
        date = default;
        var value = raw.Trim();
        if (value.IsEmpty) return false;
        foreach (var alternative in _alternatives)
        {
            if (alternative.Layout is { } layout && layout.TryParse(value, out date)) return true;
            if (DateTime.TryParseExact(value, alternative.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var parsed))
            {
                date = DateOnly.FromDateTime(parsed);
                return true;
            }
        }

        date = default;
        return false;
    }

    private sealed record Alternative(string Pattern, FixedLayout? Layout);

    /// <summary>Where the year (4 digits), month and day (2 digits each) stand in a fixed-width pattern.</summary>
    private sealed record FixedLayout(int Length, int Year, int Month, int Day, string Separators, int[] SeparatorPositions)
    {
        public static FixedLayout? TryCreate(string pattern)
        {
            int year = -1, month = -1, day = -1;
            var separators = new List<(int Position, char Char)>();
            var i = 0;
            while (i < pattern.Length)
            {
                var c = pattern[i];
                var run = 1;
                while (i + run < pattern.Length && pattern[i + run] == c) run++;
                switch (c)
                {
                    case 'y' when run == 4 && year < 0:
                        year = i;
                        break;
                    case 'M' when run == 2 && month < 0:
                        month = i;
                        break;
                    case 'd' when run == 2 && day < 0:
                        day = i;
                        break;
                    case '.' or '-' or '/' when run == 1:
                        separators.Add((i, c));
                        break;
                    default:
                        return null;
                }

                i += run;
            }

            return year < 0 || month < 0 || day < 0
                ? null
                : new FixedLayout(pattern.Length, year, month, day, new string([.. separators.Select(s => s.Char)]), [.. separators.Select(s => s.Position)]);
        }

        public bool TryParse(ReadOnlySpan<char> value, out DateOnly date)
        {
            date = default;
            if (value.Length != Length) return false;
            for (var i = 0; i < SeparatorPositions.Length; i++)
            {
                if (value[SeparatorPositions[i]] != Separators[i]) return false;
            }

            return AsciiDate.TryDigits(value.Slice(Year, 4), out var y)
                && AsciiDate.TryDigits(value.Slice(Month, 2), out var m)
                && AsciiDate.TryDigits(value.Slice(Day, 2), out var d)
                && AsciiDate.TryCreate(y, m, d, out date);
        }
    }
}
