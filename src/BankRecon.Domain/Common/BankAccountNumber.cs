using System.Text;

namespace BankRecon.Domain.Common;

/// <summary>
/// Account numbers as banks and payers write them: IBANs ("NO93 8601 1117 947") and domestic BBANs
/// ("8601.11.17947"). Comparison ignores spacing, punctuation and case, as Business Central does.
/// </summary>
public static class BankAccountNumber
{
    /// <summary>Upper-case, letters and digits only: the form we store and compare.</summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True when the text is a syntactically valid IBAN with correct ISO 13616 check digits.</summary>
    public static bool IsValidIban(string? raw)
    {
        var iban = Normalize(raw);
        if (iban.Length < 15 || iban.Length > 34) return false;
        if (!char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])) return false;
        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])) return false;
        return Mod97(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>The domestic part of a Nordic IBAN (NO: 11 digits, SE: 20, DK: 14, FI: 14), or the input normalised.</summary>
    public static string DomesticPart(string? raw)
    {
        var normalized = Normalize(raw);
        return IsValidIban(normalized) ? normalized[4..] : normalized;
    }

    /// <summary>
    /// True when two account numbers name the same account: equal after normalising, or one is an IBAN whose
    /// domestic part ends with the other's digits (a Norwegian payer's BBAN against their IBAN).
    /// </summary>
    public static bool SameAccount(string? left, string? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b) return true;
        var domesticA = DomesticPart(a);
        var domesticB = DomesticPart(b);
        return domesticA.Length >= 8 && domesticA == domesticB;
    }

    /// <summary>Builds an IBAN with correct check digits from a country code and a domestic account number (BBAN).</summary>
    public static string CreateIban(string countryCode, string bban)
    {
        var country = Normalize(countryCode);
        var body = Normalize(bban);
        if (country.Length != 2 || body.Length == 0) throw new ArgumentException("An IBAN needs a two-letter country code and an account number.");
        var check = 98 - Mod97(body + country + "00");
        return country + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + body;
    }

    /// <summary>"NO9386011117947" -> "NO93 8601 1117 947" for display.</summary>
    public static string FormatIban(string? raw)
    {
        var iban = Normalize(raw);
        var builder = new StringBuilder(iban.Length + iban.Length / 4);
        for (var i = 0; i < iban.Length; i++)
        {
            if (i > 0 && i % 4 == 0) builder.Append(' ');
            builder.Append(iban[i]);
        }

        return builder.ToString();
    }

    /// <summary>Only the last four characters, for logs: "****7947".</summary>
    public static string Mask(string? raw)
    {
        var normalized = Normalize(raw);
        return normalized.Length <= 4 ? "****" : "****" + normalized[^4..];
    }

    /// <summary>ISO 7064 mod 97-10 over an alphanumeric string (A=10 … Z=35), computed piecewise.</summary>
    internal static int Mod97(string alphanumeric)
    {
        var remainder = 0;
        foreach (var c in alphanumeric)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                var value = c - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }
}
