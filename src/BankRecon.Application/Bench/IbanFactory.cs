using System.Globalization;

namespace BankRecon.Application.Bench;

/// <summary>Random IBANs with correct ISO 13616 check digits (and a correct MOD11 digit in Norwegian BBANs).</summary>
internal static class IbanFactory
{
    public static string Create(Random random, PartyCountry country) => country switch
    {
        PartyCountry.Norway => Iban("NO", NorwegianBban(random)),
        PartyCountry.Sweden => Iban("SE", random.Pick(["500", "600", "800", "300", "900"]) + random.Digits(17)),
        PartyCountry.Denmark => Iban("DK", random.Pick(["3000", "5301", "9570", "1551"]) + random.Digits(10)),
        PartyCountry.Finland => Iban("FI", random.Pick(["100", "200", "400", "500", "800"]) + random.Digits(11)),
        PartyCountry.Germany => Iban("DE", random.Pick(["10070000", "20050550", "50010517", "37040044"]) + random.Digits(10)),
        PartyCountry.English => random.Chance(0.5) ? Iban("NO", NorwegianBban(random)) : Iban("DE", "50010517" + random.Digits(10)),
        _ => throw new ArgumentOutOfRangeException(nameof(country), country, null),
    };

    /// <summary>"NO9386011117947" -> "8601.11.17947", the way Norwegian payers write their account.</summary>
    public static string NorwegianDomesticForm(string iban) =>
        iban.StartsWith("NO", StringComparison.Ordinal) && iban.Length == 15
            ? $"{iban[4..8]}.{iban[8..10]}.{iban[10..]}"
            : iban;

    private static string NorwegianBban(Random random)
    {
        while (true)
        {
            var body = random.Pick(["1503", "1506", "3000", "6011", "8601", "9710", "1254", "4202"]) + random.Digits(6);
            int[] weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
            var sum = 0;
            for (var i = 0; i < 10; i++) sum += (body[i] - '0') * weights[i];
            var check = 11 - sum % 11;
            if (check == 10) continue;
            return body + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string Iban(string countryCode, string bban)
    {
        var remainder = Mod97(bban + countryCode + "00");
        return countryCode + (98 - remainder).ToString("00", CultureInfo.InvariantCulture) + bban;
    }

    private static int Mod97(string alphanumeric)
    {
        var remainder = 0;
        foreach (var c in alphanumeric)
        {
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10 + (c - '0')) % 97
                : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
