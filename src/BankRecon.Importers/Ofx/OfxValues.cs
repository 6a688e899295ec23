using System.Globalization;
using System.Text.RegularExpressions;

namespace BankRecon.Importers.Ofx;

/// <summary>Parsing of OFX dates and amounts, lenient where real files are sloppy and explicit about culture.</summary>
internal static partial class OfxValues
{
    /// <summary>
    /// Reads the calendar date of an OFX datetime (<c>YYYYMMDD[HHMMSS[.XXX]][[±h[.mm]][:TZ]]</c>) as written: the time and
    /// offset are not applied, because the bank means the day it printed. <paramref name="wellFormed"/> is false when
    /// the date is usable but the rest is not valid OFX (e.g. <c>20180804093914:014</c>).
    /// </summary>
    public static bool TryParseDate(string? raw, out DateOnly date, out bool wellFormed)
    {
        date = default;
        wellFormed = false;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var value = raw.Trim();
        if (value.Length < 8) return false;
        for (var i = 0; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i])) return false;
        }

        var year = int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;

        date = new DateOnly(year, month, day);
        wellFormed = WellFormedDate().IsMatch(value);
        return true;
    }

    /// <summary>
    /// Reads a TRNAMT/BALAMT: '.' decimal mark (invariant), optional sign, integers and one-decimal values allowed. A lone
    /// ',' is taken as the decimal mark (some European banks); <paramref name="usedComma"/> says so.
    /// </summary>
    public static bool TryParseAmount(string? raw, out decimal amount, out bool usedComma)
    {
        amount = 0m;
        usedComma = false;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var value = raw.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (value.Contains(',', StringComparison.Ordinal))
        {
            if (value.Contains('.', StringComparison.Ordinal))
            {
                // "1,234.56": comma groups thousands.
                if (value.IndexOf(',', StringComparison.Ordinal) > value.IndexOf('.', StringComparison.Ordinal)) return false;
                value = value.Replace(",", "", StringComparison.Ordinal);
            }
            else
            {
                if (value.Count(c => c == ',') > 1) return false;
                value = value.Replace(',', '.');
                usedComma = true;
            }
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    [GeneratedRegex(@"^\d{8}(\d{4}(\d{2}(\.\d{1,6})?)?)?\s*(\[\s*[+-]?\d{1,2}(\.\d{1,2})?(:[^\]]*)?\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormedDate();
}
