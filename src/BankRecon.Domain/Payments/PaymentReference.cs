using System.Globalization;
using System.Text;
using BankRecon.Domain.Common;

namespace BankRecon.Domain.Payments;

/// <summary>
/// Creates and checks structured payment references: Norwegian KID (MOD10/MOD11), Swedish OCR (Luhn, optional length
/// digit) and ISO 11649 RF creditor references. References stay strings: leading zeros matter.
/// </summary>
public static class PaymentReference
{
    /// <summary>
    /// Builds a reference from a document's digits (e.g. the numeric part of the invoice number) for the given kind.
    /// Returns null when the kind cannot express this base (e.g. a MOD11 KID whose check digit would be 10).
    /// </summary>
    public static string? Create(PaymentReferenceKind kind, string baseDigits)
    {
        var digits = DigitsOnly(baseDigits);
        if (digits.Length == 0) return null;
        switch (kind)
        {
            case PaymentReferenceKind.None:
                return null;
            case PaymentReferenceKind.KidMod10:
                return digits.Length > 24 ? null : digits + Luhn(digits);
            case PaymentReferenceKind.KidMod11:
                {
                    if (digits.Length > 24) return null;
                    var check = Mod11(digits);
                    return check < 0 ? null : digits + check.ToString(CultureInfo.InvariantCulture);
                }

            case PaymentReferenceKind.Ocr:
                return digits.Length > 24 ? null : digits + Luhn(digits);
            case PaymentReferenceKind.OcrWithLength:
                {
                    if (digits.Length > 23) return null;
                    var withLength = digits + ((digits.Length + 2) % 10).ToString(CultureInfo.InvariantCulture);
                    return withLength + Luhn(withLength);
                }

            case PaymentReferenceKind.Rf:
                return CreateRf(digits);
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="reference"/> is well formed with correct check digits for <paramref name="kind"/>.</summary>
    public static bool IsValid(PaymentReferenceKind kind, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return false;
        return kind switch
        {
            PaymentReferenceKind.None => false,
            PaymentReferenceKind.KidMod10 => IsValidKidMod10(reference),
            PaymentReferenceKind.KidMod11 => IsValidKidMod11(reference),
            PaymentReferenceKind.Ocr => IsValidOcr(reference, requireLengthDigit: false),
            PaymentReferenceKind.OcrWithLength => IsValidOcr(reference, requireLengthDigit: true),
            PaymentReferenceKind.Rf => IsValidRf(reference),
            _ => false,
        };
    }

    /// <summary>Norwegian KID: 2–25 digits, last digit a Luhn (MOD10) check digit.</summary>
    public static bool IsValidKidMod10(string? reference)
    {
        var kid = Compact(reference);
        return kid.Length is >= 2 and <= 25 && AllDigits(kid) && Luhn(kid[..^1]) == kid[^1];
    }

    /// <summary>Norwegian KID: 2–25 digits, last digit a MOD11 check digit (weights 2..7 from the right).</summary>
    public static bool IsValidKidMod11(string? reference)
    {
        var kid = Compact(reference);
        if (kid.Length is < 2 or > 25 || !AllDigits(kid)) return false;
        var check = Mod11(kid[..^1]);
        return check >= 0 && kid[^1] - '0' == check;
    }

    /// <summary>Swedish OCR number: 2–25 digits with a Luhn check digit, optionally a length digit before it.</summary>
    public static bool IsValidOcr(string? reference, bool requireLengthDigit)
    {
        var ocr = Compact(reference);
        if (ocr.Length is < 2 or > 25 || !AllDigits(ocr)) return false;
        if (Luhn(ocr[..^1]) != ocr[^1]) return false;
        return !requireLengthDigit || (ocr.Length >= 3 && ocr[^2] - '0' == ocr.Length % 10);
    }

    /// <summary>ISO 11649: "RF" + 2 check digits + 1–21 alphanumerics; mod 97 of the rearranged string is 1.</summary>
    public static bool IsValidRf(string? reference)
    {
        var rf = BankAccountNumber.Normalize(reference);
        if (rf.Length is < 5 or > 25 || !rf.StartsWith("RF", StringComparison.Ordinal)) return false;
        if (!char.IsAsciiDigit(rf[2]) || !char.IsAsciiDigit(rf[3])) return false;
        return BankAccountNumber.Mod97(rf[4..] + rf[..4]) == 1;
    }

    /// <summary>Every kind whose check digits this reference satisfies (a reference can satisfy several).</summary>
    public static IReadOnlyList<PaymentReferenceKind> Recognize(string? reference)
    {
        var kinds = new List<PaymentReferenceKind>(2);
        if (IsValidRf(reference)) kinds.Add(PaymentReferenceKind.Rf);
        if (IsValidKidMod10(reference)) kinds.Add(PaymentReferenceKind.KidMod10);
        if (IsValidKidMod11(reference)) kinds.Add(PaymentReferenceKind.KidMod11);
        if (IsValidOcr(reference, requireLengthDigit: true)) kinds.Add(PaymentReferenceKind.OcrWithLength);
        return kinds;
    }

    /// <summary>True when the reference satisfies any supported check-digit scheme.</summary>
    public static bool HasValidCheckDigits(string? reference) => Recognize(reference).Count > 0;

    /// <summary>The comparable form: upper-case letters and digits, no spaces ("RF18 5390" -> "RF185390").</summary>
    public static string Compact(string? reference) => BankAccountNumber.Normalize(reference);

    /// <summary>RF display form in groups of four: "RF18 5390 0754 7034".</summary>
    public static string Format(string reference)
    {
        var compact = Compact(reference);
        return compact.StartsWith("RF", StringComparison.Ordinal) ? BankAccountNumber.FormatIban(compact) : compact;
    }

    private static string? CreateRf(string body)
    {
        if (body.Length > 21) return null;
        var remainder = BankAccountNumber.Mod97(body + "RF00");
        var check = 98 - remainder;
        return "RF" + check.ToString("00", CultureInfo.InvariantCulture) + body;
    }

    /// <summary>Luhn check digit for a digit string (the digit to append).</summary>
    internal static char Luhn(string digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>MOD11 check digit (weights 2,3,4,5,6,7 repeating from the right); -1 when it would be 10 ("-").</summary>
    internal static int Mod11(string digits)
    {
        var sum = 0;
        var weight = 2;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            sum += (digits[i] - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }

        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => -1, _ => check };
    }

    private static string DigitsOnly(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c)) builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool AllDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }
}
