using System.Globalization;
using System.Text;

namespace BankRecon.Importers.Csv;

/// <summary>
/// Amounts and dates as bank CSV files write them, parsed and formatted with explicit separators and the invariant
/// calendar, never with the server's culture.
/// </summary>
public static class CsvValues
{
    /// <summary>
    /// Reads an amount: "1 234,56", "-1.234,56", "1,234.56", "123,45-", "(123,45)", "+1,23", "−5,00" (U+2212),
    /// "kr 1 234,50", "2500". Whitespace of any kind (space, NBSP U+00A0, narrow NBSP U+202F, thin space) groups
    /// thousands whatever <paramref name="thousandsSeparator"/> says; groups must have three digits.
    /// </summary>
    public static bool TryParseAmount(string? raw, char decimalSeparator, char? thousandsSeparator, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var value = raw.AsSpan().Trim();

        var negative = false;
        if (value.Length > 1 && value[0] == '(' && value[^1] == ')')
        {
            negative = true;
            value = value[1..^1].Trim();
        }

        value = TrimCurrency(value);
        if (value.Length == 0) return false;
        if (IsMinus(value[0]))
        {
            negative = !negative;
            value = value[1..].TrimStart();
        }
        else if (value[0] == '+')
        {
            value = value[1..].TrimStart();
        }
        else if (IsMinus(value[^1]))
        {
            negative = !negative;
            value = value[..^1].TrimEnd();
        }
        else if (value[^1] == '+')
        {
            value = value[..^1].TrimEnd();
        }

        value = TrimCurrency(value);
        if (value.Length == 0) return false;

        var integerPart = new StringBuilder(value.Length);
        var fraction = new StringBuilder();
        var seenDecimal = false;
        var groupLength = -1; // digits since the last thousands separator; -1 = no separator seen yet
        var lastWasSeparator = false;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                (seenDecimal ? fraction : integerPart).Append(c);
                if (!seenDecimal && groupLength >= 0) groupLength++;
                lastWasSeparator = false;
                continue;
            }

            if (c == decimalSeparator && !seenDecimal)
            {
                if (groupLength is >= 0 and not 3) return false;
                seenDecimal = true;
                lastWasSeparator = false;
                continue;
            }

            var isGroup = char.IsWhiteSpace(c) || (thousandsSeparator is { } t && c == t);
            if (isGroup && !seenDecimal && integerPart.Length > 0 && !lastWasSeparator)
            {
                if (groupLength is >= 0 and not 3) return false;
                if (groupLength < 0 && integerPart.Length > 3) return false;
                groupLength = 0;
                lastWasSeparator = true;
                continue;
            }

            return false;
        }

        if (lastWasSeparator || groupLength is >= 0 and not 3) return false;
        if (integerPart.Length == 0 && fraction.Length == 0) return false;
        var text = fraction.Length > 0 ? $"{(integerPart.Length == 0 ? "0" : integerPart)}.{fraction}" : integerPart.ToString();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)) return false;
        if (negative) amount = -amount;
        return true;
    }

    /// <summary>Writes an amount with at least two decimals, the given separators and a leading '-' when negative.</summary>
    public static string FormatAmount(decimal amount, char decimalSeparator, char? thousandsSeparator)
    {
        var invariant = Math.Abs(amount).ToString("0.00##########", CultureInfo.InvariantCulture);
        var dot = invariant.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? invariant : invariant[..dot];
        var fraction = dot < 0 ? "" : invariant[(dot + 1)..];
        var builder = new StringBuilder(invariant.Length + 8);
        if (amount < 0m) builder.Append('-');
        for (var i = 0; i < integer.Length; i++)
        {
            if (thousandsSeparator is { } t && i > 0 && (integer.Length - i) % 3 == 0) builder.Append(t);
            builder.Append(integer[i]);
        }

        if (fraction.Length > 0) builder.Append(decimalSeparator).Append(fraction);
        return builder.ToString();
    }

    /// <summary>
    /// Reads a date with an exact .NET pattern (or several separated by '|', tried in order) in the invariant calendar.
    /// A time part in the pattern is allowed and dropped.
    /// </summary>
    public static bool TryParseDate(string? raw, string pattern, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var value = raw.Trim();
        if (!pattern.Contains('|', StringComparison.Ordinal))
        {
            // One pattern: the common case, without allocating a pattern list per row.
            if (!DateTime.TryParseExact(value, pattern.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var one)) return false;
            date = DateOnly.FromDateTime(one);
            return true;
        }

        foreach (var single in SplitPatterns(pattern))
        {
            if (DateTime.TryParseExact(value, single, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var parsed))
            {
                date = DateOnly.FromDateTime(parsed);
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a date with the first pattern of <paramref name="pattern"/>.</summary>
    public static string FormatDate(DateOnly date, string pattern) => date.ToString(SplitPatterns(pattern)[0], CultureInfo.InvariantCulture);

    private static string[] SplitPatterns(string pattern) => pattern.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsMinus(char c) => c is '-' or '\u2212' or '\u2013';

    // "kr 1 234,50", "1 234,50 kr", "NOK 10,00", "€5,00": drop a currency word or symbol at either end.
    private static ReadOnlySpan<char> TrimCurrency(ReadOnlySpan<char> value)
    {
        var start = 0;
        while (start < value.Length && IsCurrencyChar(value[start])) start++;
        var end = value.Length;
        while (end > start && IsCurrencyChar(value[end - 1])) end--;
        return value[start..end].Trim();
    }

    private static bool IsCurrencyChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;
}
