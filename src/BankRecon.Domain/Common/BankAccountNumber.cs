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
        // already normalised (the usual case for stored accounts): no new string
        var kept = 0;
        var clean = true;
        foreach (var c in raw)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                clean = false;
                continue;
            }

            kept++;
            clean &= !char.IsAsciiLetterLower(c);
        }

        if (clean) return raw;
        return string.Create(kept, raw, static (destination, source) =>
        {
            var k = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiLetterOrDigit(c)) destination[k++] = char.ToUpperInvariant(c);
            }
        });
    }

    /// <summary>True when the text is a syntactically valid IBAN with correct ISO 13616 check digits.</summary>
    public static bool IsValidIban(string? raw)
    {
        var iban = Normalize(raw);
        if (iban.Length < 15 || iban.Length > 34) return false;
        if (!char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])) return false;
        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])) return false;
        // the rearranged IBAN (country and check digits moved to the end), without building it
        return Mod97(iban.AsSpan(..4), Mod97(iban.AsSpan(4..))) == 1;
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
        if (iban.Length == 0) return "";
        return string.Create(iban.Length + (iban.Length - 1) / 4, iban, static (destination, source) =>
        {
            var k = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (i > 0 && i % 4 == 0) destination[k++] = ' ';
                destination[k++] = source[i];
            }
        });
    }

    /// <summary>Only the last four characters, for logs: "****7947".</summary>
    public static string Mask(string? raw)
    {
        var normalized = Normalize(raw);
        return normalized.Length <= 4 ? "****" : "****" + normalized[^4..];
    }

    /// <summary>ISO 7064 mod 97-10 over an alphanumeric string (A=10 … Z=35), computed piecewise.</summary>
    internal static int Mod97(ReadOnlySpan<char> alphanumeric, int remainder = 0)
    {
        if (remainder < 0) return -1;
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
