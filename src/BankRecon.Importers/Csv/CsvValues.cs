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
        return raw is not null && TryParseAmount(raw.AsSpan(), decimalSeparator, thousandsSeparator, out amount);
    }

    /// <summary>
    /// <see cref="TryParseAmount(string?, char, char?, out decimal)"/> on a span, without allocating: the CSV reader
    /// calls it for two or three cells of every row.
    /// </summary>
    internal static bool TryParseAmount(ReadOnlySpan<char> raw, char decimalSeparator, char? thousandsSeparator, out decimal amount)
    {
        amount = 0m;
        var value = raw.Trim();
        if (value.IsEmpty) return false;

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

        // The digits in invariant form ("1234.56"), checked for well-formed thousands groups on the way.
        Span<char> invariant = value.Length <= 128 ? stackalloc char[value.Length + 2] : new char[value.Length + 2];
        var integerDigits = 0;
        var fractionDigits = 0;
        var length = 0;
        var seenDecimal = false;
        var groupLength = -1; // digits since the last thousands separator; -1 = no separator seen yet
        var lastWasSeparator = false;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (seenDecimal)
                {
                    fractionDigits++;
                }
                else
                {
                    integerDigits++;
                    if (groupLength >= 0) groupLength++;
                }

                invariant[length++] = c;
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
            if (isGroup && !seenDecimal && integerDigits > 0 && !lastWasSeparator)
            {
                if (groupLength is >= 0 and not 3) return false;
                if (groupLength < 0 && integerDigits > 3) return false;
                groupLength = 0;
                lastWasSeparator = true;
                continue;
            }

            return false;
        }

        if (lastWasSeparator || groupLength is >= 0 and not 3) return false;
        if (integerDigits == 0 && fractionDigits == 0) return false;
        if (!ToDecimal(invariant[..length], fractionDigits, out amount)) return false;
        if (negative) amount = -amount;
        return true;
    }

    /// <summary>
    /// Digits with the last <paramref name="scale"/> of them after the decimal point, keeping the scale ("12.50" stays
    /// 12.50). Up to 18 digits fit a 64-bit integer exactly; longer ones go through the framework's invariant parse.
    /// </summary>
    private static bool ToDecimal(ReadOnlySpan<char> digits, int scale, out decimal value)
    {
        if (digits.Length <= 18)
        {
            ulong mantissa = 0;
            foreach (var c in digits) mantissa = (mantissa * 10) + (ulong)(c - '0');
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)scale);
            return true;
        }

        Span<char> text = digits.Length <= 128 ? stackalloc char[digits.Length + 2] : new char[digits.Length + 2];
        var integer = digits.Length - scale;
        var length = 0;
        if (integer == 0) text[length++] = '0';
        digits[..integer].CopyTo(text[length..]);
        length += integer;
        if (scale > 0)
        {
            text[length++] = '.';
            digits[integer..].CopyTo(text[length..]);
            length += scale;
        }

        return decimal.TryParse(text[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
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
        return raw is not null && CsvDateFormat.For(pattern).TryParse(raw, out date);
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
