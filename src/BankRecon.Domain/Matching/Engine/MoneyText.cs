using System.Globalization;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// An amount and its currency as the reasons show it ("1,234.50 NOK"), written straight into the reason being built
/// (no string of its own).
/// </summary>
internal readonly struct MoneyText(decimal amount, string numberFormat, string currency) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!amount.TryFormat(destination, out var length, numberFormat, CultureInfo.InvariantCulture)) return false;
        if (destination.Length < length + 1 + currency.Length) return false;
        destination[length] = ' ';
        currency.CopyTo(destination[(length + 1)..]);
        charsWritten = length + 1 + currency.Length;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        amount.ToString(numberFormat, CultureInfo.InvariantCulture) + " " + currency;

    public override string ToString() => ToString(null, null);
}
