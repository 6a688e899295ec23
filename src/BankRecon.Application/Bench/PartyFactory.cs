using System.Globalization;
using BankRecon.Application.Entries;
using BankRecon.Domain.Payments;

namespace BankRecon.Application.Bench;

/// <summary>Creates generated customers and vendors with realistic names, addresses and bank accounts.</summary>
internal static class PartyFactory
{
    // Customers: mostly Norwegian, with the Nordic neighbours, Germany and English-named companies.
    private static readonly int[] CountryWeights = [55, 12, 8, 8, 9, 8];

    public static PartyDraft Create(Random random, BenchGeneratorSettings settings, EntryPartyType type, int number)
    {
        var country = (PartyCountry)random.Weighted(CountryWeights);
        var isPerson = type == EntryPartyType.Customer && country != PartyCountry.English && random.Chance(settings.PersonShare);
        var (firstName, lastName, name) = isPerson ? PersonName(random, country) : ("", "", CompanyName(random, country));
        var (street, city) = Address(random, country);
        var account = IbanFactory.Create(random, country);
        var knownAccount = random.Chance(settings.PartyWithoutIbanShare) ? "" : account;
        var prefix = type == EntryPartyType.Customer ? "C" : "V";
        return new PartyDraft
        {
            No = prefix + number.ToString("D5", CultureInfo.InvariantCulture),
            Type = type,
            Country = country,
            Name = name,
            IsPerson = isPerson,
            FirstName = firstName,
            LastName = lastName,
            Iban = knownAccount,
            PayingAccount = account,
            Address = street,
            City = city,
            ReferenceKind = country switch
            {
                PartyCountry.Norway => random.Chance(0.7) ? PaymentReferenceKind.KidMod10 : PaymentReferenceKind.KidMod11,
                PartyCountry.Sweden => PaymentReferenceKind.OcrWithLength,
                PartyCountry.Denmark or PartyCountry.Finland or PartyCountry.Germany or PartyCountry.English => PaymentReferenceKind.Rf,
                _ => PaymentReferenceKind.Rf,
            },
        };
    }

    /// <summary>
    /// A name for someone who is not in our ledgers (third-party payers, salaries, unknown payers). It never equals a
    /// party's name: with the small name lists a generator has, a "stranger" would otherwise often be a customer's
    /// namesake, and the truth ("matches nothing", "someone else pays") would stop being true.
    /// </summary>
    public static string StrangerName(Random random, IReadOnlySet<string> partyNames)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            string name;
            if (random.Chance(0.6))
            {
                // A middle initial, which generated customers never have, keeps most strangers apart at once.
                var (first, last, _) = PersonName(random, PartyCountry.Norway);
                name = $"{first} {(char)('A' + random.Next(26))}. {last}";
            }
            else
            {
                name = CompanyName(random, PartyCountry.Norway);
            }

            if (!partyNames.Contains(name)) return name;
        }

        return "Ukjent Innbetaler " + random.Digits(4);
    }

    private static (string First, string Last, string Name) PersonName(Random random, PartyCountry country)
    {
        var (firsts, lasts) = country switch
        {
            PartyCountry.Sweden => (NameCatalog.SwedishFirstNames, NameCatalog.SwedishSurnames),
            PartyCountry.Denmark => (NameCatalog.DanishFirstNames, NameCatalog.DanishSurnames),
            PartyCountry.Finland => (NameCatalog.FinnishFirstNames, NameCatalog.FinnishSurnames),
            PartyCountry.Germany => (NameCatalog.GermanFirstNames, NameCatalog.GermanSurnames),
            PartyCountry.Norway or PartyCountry.English => (NameCatalog.NorwegianFirstNames, NameCatalog.NorwegianSurnames),
            _ => (NameCatalog.NorwegianFirstNames, NameCatalog.NorwegianSurnames),
        };
        var first = random.Pick(firsts);
        var last = random.Pick(lasts);
        // Some people have a middle name or a double first name, which payers drop or keep at will.
        var full = random.Chance(0.2) ? $"{first} {random.Pick(firsts)} {last}" : $"{first} {last}";
        return (first, last, full);
    }

    private static string CompanyName(Random random, PartyCountry country)
    {
        switch (country)
        {
            case PartyCountry.Norway:
                {
                    var trade = random.Pick(NameCatalog.NorwegianTrades);
                    var suffix = random.Chance(0.05) ? "ASA" : "AS";
                    return random.Next(5) switch
                    {
                        0 => $"{random.Pick(NameCatalog.NorwegianSurnames)} {trade} {suffix}",
                        1 => $"{random.Pick(NameCatalog.NorwegianPlaces)} {trade} {suffix}",
                        2 => $"{random.Pick(NameCatalog.NorwegianSurnames)} & {random.Pick(NameCatalog.NorwegianSurnames)} {suffix}",
                        // Long names on purpose: the bank cuts them at 35 characters.
                        3 => $"{random.Pick(NameCatalog.NorwegianPlaces)} {trade} og {random.Pick(NameCatalog.NorwegianTrades)}service {suffix}",
                        _ => $"{random.Pick(NameCatalog.NorwegianSurnames)} {trade} {random.Pick(NameCatalog.NorwegianCities)} {suffix}",
                    };
                }

            case PartyCountry.Sweden:
                return random.Chance(0.5)
                    ? $"{random.Pick(NameCatalog.SwedishSurnames)}s {random.Pick(NameCatalog.SwedishTrades)} AB"
                    : $"{random.Pick(NameCatalog.SwedishSurnames)} & {random.Pick(NameCatalog.SwedishSurnames)} {random.Pick(NameCatalog.SwedishTrades)} AB";
            case PartyCountry.Denmark:
                return $"{random.Pick(NameCatalog.DanishSurnames)} {random.Pick(NameCatalog.DanishTrades)} {(random.Chance(0.6) ? "ApS" : "A/S")}";
            case PartyCountry.Finland:
                return $"{random.Pick(NameCatalog.FinnishSurnames)} {random.Pick(NameCatalog.FinnishTrades)} {(random.Chance(0.85) ? "Oy" : "Oyj")}";
            case PartyCountry.Germany:
                return random.Chance(0.8)
                    ? $"{random.Pick(NameCatalog.GermanSurnames)} {random.Pick(NameCatalog.GermanTrades)} GmbH"
                    : $"{random.Pick(NameCatalog.GermanSurnames)} {random.Pick(NameCatalog.GermanTrades)} GmbH & Co. KG";
            case PartyCountry.English:
                return random.Chance(0.5)
                    ? $"{random.Pick(NameCatalog.EnglishSurnames)} {random.Pick(NameCatalog.EnglishTrades)} Ltd"
                    : $"{random.Pick(NameCatalog.EnglishPlaces)} {random.Pick(NameCatalog.EnglishTrades)} Limited";
            default:
                return $"{random.Pick(NameCatalog.NorwegianSurnames)} AS";
        }
    }

    private static (string Street, string City) Address(Random random, PartyCountry country)
    {
        var (streets, cities) = country switch
        {
            PartyCountry.Sweden => (NameCatalog.SwedishStreets, NameCatalog.SwedishCities),
            PartyCountry.Denmark => (NameCatalog.DanishStreets, NameCatalog.DanishCities),
            PartyCountry.Finland => (NameCatalog.FinnishStreets, NameCatalog.FinnishCities),
            PartyCountry.Germany => (NameCatalog.GermanStreets, NameCatalog.GermanCities),
            PartyCountry.Norway or PartyCountry.English => (NameCatalog.NorwegianStreets, NameCatalog.NorwegianCities),
            _ => (NameCatalog.NorwegianStreets, NameCatalog.NorwegianCities),
        };
        return ($"{random.Pick(streets)} {random.Next(1, 120).ToString(CultureInfo.InvariantCulture)}", random.Pick(cities));
    }
}
