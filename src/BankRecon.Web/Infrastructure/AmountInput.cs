using System.Globalization;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Reads an amount typed into a form the way people type them: "1 234,56" in Norwegian and Swedish (any kind of
/// space as thousands separator), "1,234.56" in English, and "1234.56" everywhere (a keypad's dot where the culture
/// uses a comma is not ambiguous as long as there is no comma and at most one dot).
/// </summary>
public static class AmountInput
{
    public static bool TryParse(string? text, CultureInfo culture, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0')]);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        // Norwegian and Swedish group with a (narrow) no-break space; with spaces removed, no group separator is needed.
        if (string.IsNullOrWhiteSpace(format.NumberGroupSeparator) || format.NumberGroupSeparator is "\u00A0" or "\u202F")
            format.NumberGroupSeparator = "\u00A0";
        if (GroupsAreWhole(compact, format) && decimal.TryParse(compact, NumberStyles.Number, format, out amount)) return true;
        if (format.NumberDecimalSeparator == "," && !compact.Contains(',', StringComparison.Ordinal) && compact.Count(c => c == '.') == 1)
            return decimal.TryParse(compact, NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
        return false;
    }

    /// <summary>"1,5" in an English form is a Norwegian's 1.5, not 15: thousands separators must separate whole groups of three.</summary>
    private static bool GroupsAreWhole(string text, NumberFormatInfo format)
    {
        var integerPart = text.Split(format.NumberDecimalSeparator)[0];
        var groups = integerPart.Split(format.NumberGroupSeparator);
        return groups.Skip(1).All(g => g.Length == 3);
    }

    /// <summary>An amount for an input field: current culture's decimal mark, no grouping (so it reads back unchanged).</summary>
    public static string Format(decimal amount, CultureInfo culture) => amount.ToString("0.00##", culture);
}
