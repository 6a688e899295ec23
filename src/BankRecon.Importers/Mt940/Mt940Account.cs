using BankRecon.Domain.Common;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// Reads the :25: account identification, which banks fill in many ways: "BLZ/Konto" (50880050/0194787400888), an
/// IBAN, an IBAN with the currency glued on (NL77INGB0574908765EUR), "BIC/account/CCY" (Raiffeisen HU),
/// "1291.99.348EUR" (Rabobank legacy), or an account with trailing spaces (Zenith).
/// </summary>
internal static class Mt940Account
{
    public static (string? Account, string? Currency) Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value)) return (null, null);
        string? currency = null;

        // "BIC/account/CCY" or "account/CCY": a 3-letter last segment is the currency.
        var lastSlash = value.LastIndexOf('/');
        if (lastSlash > 0 && Mt940Syntax.IsCurrencyCode(value.AsSpan(lastSlash + 1).Trim()))
        {
            currency = value[(lastSlash + 1)..].Trim();
            value = value[..lastSlash].TrimEnd();
        }
        else if (value.Length > 4 && Mt940Syntax.IsCurrencyCode(value.AsSpan(value.Length - 3))
                 && (char.IsAsciiDigit(value[^4]) || value[^4] == ' '))
        {
            // Currency glued to the account: the account itself ends in a digit, the currency is 3 letters.
            currency = value[^3..];
            value = value[..^3].TrimEnd();
        }

        // "BIC/account": the BIC names the bank, the account is what identifies the statement.
        var firstSlash = value.IndexOf('/');
        if (firstSlash > 0 && LooksLikeBic(value.AsSpan(0, firstSlash)) && firstSlash < value.Length - 1)
        {
            value = value[(firstSlash + 1)..].Trim();
        }

        return (value.Length == 0 ? null : value, currency);
    }

    /// <summary>ISO 9362: 4 letters bank, 2 letters country, 2 alphanumerics location, optional 3 alphanumerics branch.</summary>
    public static bool LooksLikeBic(ReadOnlySpan<char> text)
    {
        if (text.Length is not (8 or 11)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = i < 6 ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
            if (!ok) return false;
        }

        return true;
    }

    /// <summary>An IBAN with valid check digits, compacted.</summary>
    public static bool IsIban(string? text) => text is not null && text.Length <= 42 && BankAccountNumber.IsValidIban(text);
}
