namespace BankRecon.Importers.Text;

/// <summary>
/// Fixed-width digit and calendar-date reading from spans, for the per-line hot paths of the readers: the framework's
/// exact-pattern date parsing goes through the culture machinery (and ICU) for every call, which cost more than the
/// rest of a camt entry. Callers fall back to the framework for anything this does not accept.
/// </summary>
internal static class AsciiDate
{
    /// <summary>All ASCII digits (1 to 9 of them), as a number.</summary>
    public static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 9) return false;
        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>A real calendar date (year 1 to 9999); false for 2026-02-30 and the like.</summary>
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Exactly "yyyy-MM-dd".</summary>
    public static bool TryIso(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        return text.Length == 10
            && text[4] == '-'
            && text[7] == '-'
            && TryDigits(text[..4], out var year)
            && TryDigits(text.Slice(5, 2), out var month)
            && TryDigits(text.Slice(8, 2), out var day)
            && TryCreate(year, month, day, out date);
    }
}
