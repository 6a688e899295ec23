using System.Globalization;

namespace BankRecon.Importers.Mt940;

/// <summary>The small pieces of SWIFT syntax every MT940 field uses: comma-decimal amounts and YYMMDD dates.</summary>
internal static class Mt940Syntax
{
    // MT940 amounts use ',' as the decimal separator by specification, never by locale, and have no group separator.
    private static readonly NumberFormatInfo CommaDecimal = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u0001" };

    /// <summary>
    /// Parses an unsigned amount: "500,", "11,8", "000000000473,17", "0,", and "500" (no comma, seen at Knab).
    /// A '.' is accepted as the decimal mark only when there is no comma (broken exports).
    /// </summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = 0m;
        if (text.IsEmpty || text.Length > 20) return false;
        Span<char> buffer = stackalloc char[text.Length];
        text.CopyTo(buffer);
        var hasComma = text.Contains(',');
        if (!hasComma && text.Count('.') == 1) buffer[text.IndexOf('.')] = ',';
        var value = (ReadOnlySpan<char>)buffer;
        if (value[^1] == ',') value = value[..^1];
        if (value.IsEmpty || value[0] == ',') return value.Length > 1 && TryParseAmount(string.Concat("0", value), out amount);
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c != ',') return false;
        }

        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CommaDecimal, out amount);
    }

    /// <summary>SWIFT years have two digits; 80–99 are read as 19xx (old archives), 00–79 as 20xx.</summary>
    public static int ExpandYear(int twoDigitYear) => twoDigitYear >= 80 ? 1900 + twoDigitYear : 2000 + twoDigitYear;

    /// <summary>
    /// Parses YYMMDD. A day past the end of the month (German banks value-date interest on "February 30") is moved to
    /// the last day of that month and <paramref name="adjusted"/> is set.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> yymmdd, out DateOnly date, out bool adjusted)
    {
        date = default;
        adjusted = false;
        if (yymmdd.Length != 6 || !AllDigits(yymmdd)) return false;
        var year = ExpandYear(Number(yymmdd[..2]));
        return TryMakeDate(year, Number(yymmdd.Slice(2, 2)), Number(yymmdd.Slice(4, 2)), out date, out adjusted);
    }

    /// <summary>
    /// The entry (booking) date of a :61: line has no year: take the year that puts it closest to the value date, so a
    /// booking on 29 December with value date 2 January lands in the previous year, and vice versa.
    /// </summary>
    public static bool TryInferEntryDate(DateOnly valueDate, ReadOnlySpan<char> mmdd, out DateOnly date, out bool adjusted)
    {
        date = default;
        adjusted = false;
        if (mmdd.Length != 4 || !AllDigits(mmdd)) return false;
        var month = Number(mmdd[..2]);
        var day = Number(mmdd[2..]);
        var found = false;
        foreach (var year in (ReadOnlySpan<int>)[valueDate.Year, valueDate.Year - 1, valueDate.Year + 1])
        {
            if (!TryMakeDate(year, month, day, out var candidate, out var candidateAdjusted)) continue;
            if (!found || Math.Abs(candidate.DayNumber - valueDate.DayNumber) < Math.Abs(date.DayNumber - valueDate.DayNumber))
            {
                date = candidate;
                adjusted = candidateAdjusted;
                found = true;
            }
        }

        return found;
    }

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }

    public static bool IsCurrencyCode(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    /// <summary>Formats an unsigned amount the SWIFT way: "1234,5" -> "1234,50"; whole numbers keep two decimals.</summary>
    public static string FormatAmount(decimal unsigned, int minorUnits = 2) =>
        Math.Abs(unsigned).ToString(minorUnits == 0 ? "0" : "0." + new string('0', minorUnits), CultureInfo.InvariantCulture).Replace('.', ',') + (minorUnits == 0 ? "," : "");

    private static bool TryMakeDate(int year, int month, int day, out DateOnly date, out bool adjusted)
    {
        date = default;
        adjusted = false;
        if (month is < 1 or > 12 || day is < 1 or > 31) return false;
        var last = DateTime.DaysInMonth(year, month);
        if (day > last)
        {
            day = last;
            adjusted = true;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
