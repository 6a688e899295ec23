using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Payments;

namespace BankRecon.Application.Demo;

/// <summary>The fixed parts of the demo company: chart of accounts, terms, bank accounts, customers and vendors (all fictional).</summary>
internal static class DemoCompany
{
    public const string Name = "Nordlys Demo AS";

    public static readonly (string No, string Name, GlAccountCategory Category, bool Direct)[] Accounts =
    [
        ("1500", "Kundefordringer (receivables)", GlAccountCategory.Assets, false),
        ("1920", "Bank NOK (DNB driftskonto)", GlAccountCategory.Assets, false),
        ("1921", "Bank SEK (SEB)", GlAccountCategory.Assets, false),
        ("1922", "Bank EUR (Nordea)", GlAccountCategory.Assets, false),
        // Accounts the lines of a demo statement that pay no invoice go to: a transfer to savings, salaries paid, a receipt nobody can place yet.
        ("1950", "Bank sparekonto (savings)", GlAccountCategory.Assets, true),
        ("2050", "Annen egenkapital (equity)", GlAccountCategory.Equity, true),
        ("2400", "Leverandørgjeld (payables)", GlAccountCategory.Liabilities, false),
        ("2910", "Uidentifiserte innbetalinger (unidentified receipts)", GlAccountCategory.Liabilities, true),
        ("3000", "Salgsinntekt (sales)", GlAccountCategory.Income, true),
        ("3010", "Salgsinntekt tjenester (services)", GlAccountCategory.Income, true),
        ("3080", "Kontantrabatt gitt (discount granted)", GlAccountCategory.Income, false),
        ("4000", "Varekjøp (purchases)", GlAccountCategory.Expense, true),
        ("4380", "Kontantrabatt mottatt (discount received)", GlAccountCategory.Expense, false),
        ("5000", "Lønn til ansatte (salaries)", GlAccountCategory.Expense, true),
        ("6300", "Leie lokaler (rent)", GlAccountCategory.Expense, true),
        ("6800", "Kontorrekvisita (office supplies)", GlAccountCategory.Expense, true),
        ("7770", "Bankgebyrer (bank charges)", GlAccountCategory.Expense, true),
        ("7790", "Betalingstoleranse (payment tolerance)", GlAccountCategory.Expense, false),
        ("7795", "Øreavrunding (rounding)", GlAccountCategory.Expense, false),
        ("8060", "Agio (realized FX gain)", GlAccountCategory.Income, false),
        ("8160", "Disagio (realized FX loss)", GlAccountCategory.Expense, false),
    ];

    public static readonly (string Code, string Description, string Due, decimal Discount, string? DiscountFormula)[] Terms =
    [
        ("14D", "14 dager netto", "14D", 0m, null),
        ("30D", "30 dager netto", "30D", 0m, null),
        ("2-10-30", "2 % ved betaling innen 10 dager, ellers 30 dager", "30D", 2m, "10D"),
        ("CM+30D", "Løpende måned + 30 dager", "CM+30D", 0m, null),
    ];

    public static readonly (string No, string Name, string Currency, string GlNo, string Country, string Bban, string Bic, PaymentReferenceKind Kind, MatchToleranceType ToleranceType, decimal Tolerance)[] BankAccounts =
    [
        ("NOK-DNB", "DNB driftskonto", "NOK", "1920", "NO", "86011117947", "DNBANOKK", PaymentReferenceKind.KidMod10, MatchToleranceType.Amount, 50m),
        ("SEK-SEB", "SEB bankgiro", "SEK", "1921", "SE", "50000000058398257466", "ESSESESS", PaymentReferenceKind.OcrWithLength, MatchToleranceType.Amount, 50m),
        ("EUR-NORDEA", "Nordea EUR-konto", "EUR", "1922", "FI", "12345600000785", "NDEAFIHH", PaymentReferenceKind.Rf, MatchToleranceType.Percentage, 1m),
    ];

    public static readonly (string No, string Name, string Address, string PostCode, string City, string Country, string? Currency, string Terms)[] Customers =
    [
        ("10000", "Nordlys Bygg AS", "Strandgata 12", "9008", "Tromsø", "NO", null, "30D"),
        ("10010", "Bergen Fiskeeksport AS", "Bryggen 7", "5003", "Bergen", "NO", null, "14D"),
        ("10020", "Fjordlys Energi AS", "Kaigata 3", "5016", "Bergen", "NO", null, "30D"),
        ("10030", "Hardanger Frukt og Bær AS", "Sjøvegen 41", "5780", "Kinsarvik", "NO", null, "2-10-30"),
        ("10040", "Sørlandet Maskin AS", "Industriveien 19", "4632", "Kristiansand", "NO", null, "30D"),
        ("10050", "Vestfold Trykkeri AS", "Storgata 88", "3126", "Tønsberg", "NO", null, "14D"),
        ("10060", "Lofoten Reiseliv AS", "Torget 2", "8300", "Svolvær", "NO", null, "CM+30D"),
        ("10070", "Trøndelag Tre og Bygg AS", "Ladeveien 5", "7041", "Trondheim", "NO", null, "30D"),
        ("10080", "Oslo Kontormøbler ASA", "Karl Johans gate 21", "0159", "Oslo", "NO", null, "30D"),
        ("10090", "Stavanger Havneservice AS", "Skagenkaien 10", "4006", "Stavanger", "NO", null, "14D"),
        ("10100", "Ålesund Båtutstyr AS", "Apotekergata 4", "6004", "Ålesund", "NO", null, "30D"),
        ("10110", "Kari Nordmann", "Bjørnstjerne Bjørnsons gate 3", "3044", "Drammen", "NO", null, "14D"),
        ("10120", "Ola Hansen Rørlegger", "Fjellveien 17", "2317", "Hamar", "NO", null, "14D"),
        ("10130", "Bodø Sjømat AS", "Sjøgata 30", "8006", "Bodø", "NO", null, "2-10-30"),
        ("10140", "Hallingdal Hytteservice AS", "Gamlevegen 8", "3580", "Geilo", "NO", null, "30D"),
        ("10150", "Fredrikstad Glass og Ramme AS", "Nygaardsgata 14", "1606", "Fredrikstad", "NO", null, "30D"),
        ("10160", "Molde Jazzklubb", "Romsdalsgata 2", "6413", "Molde", "NO", null, "14D"),
        ("10170", "Gjøvik Sykkelverksted AS", "Storgata 50", "2815", "Gjøvik", "NO", null, "14D"),
        ("10180", "Haugesund Elektro AS", "Smedasundet 60", "5528", "Haugesund", "NO", null, "30D"),
        ("10190", "Kongsberg Presisjon AS", "Kirkegata 1", "3616", "Kongsberg", "NO", null, "CM+30D"),
        ("10200", "Lillehammer Sport og Fritid AS", "Storgata 70", "2609", "Lillehammer", "NO", null, "30D"),
        ("10210", "Narvik Logistikk AS", "Havnegata 9", "8514", "Narvik", "NO", null, "30D"),
        ("10220", "Arendal Seil og Rigg AS", "Langbrygga 5", "4841", "Arendal", "NO", null, "14D"),
        ("10230", "Sandnes Snekkeri AS", "Langgata 25", "4306", "Sandnes", "NO", null, "30D"),
        ("10240", "Hammerfest Frys AS", "Strandgata 4", "9600", "Hammerfest", "NO", null, "2-10-30"),
        ("20000", "Göteborgs Hamnlogistik AB", "Skeppsbron 4", "411 21", "Göteborg", "SE", "SEK", "30D"),
        ("20010", "Skåne Mejeri AB", "Storgatan 12", "222 22", "Lund", "SE", "SEK", "30D"),
        ("20020", "Norrlands Trävaror AB", "Köpmangatan 8", "903 26", "Umeå", "SE", "SEK", "30D"),
        ("20030", "Uppsala Labbutrustning AB", "Dragarbrunnsgatan 40", "753 20", "Uppsala", "SE", "SEK", "14D"),
        ("20040", "Malmö Designbyrå AB", "Södergatan 3", "211 34", "Malmö", "SE", "SEK", "30D"),
        ("20050", "Åsa Lindqvist Konsult", "Vasagatan 11", "111 20", "Stockholm", "SE", "SEK", "14D"),
        ("30000", "Aarhus Cykler ApS", "Åboulevarden 22", "8000", "Aarhus", "DK", "EUR", "30D"),
        ("30010", "Oulun Ohjelmisto Oy", "Kirkkokatu 9", "90100", "Oulu", "FI", "EUR", "30D"),
        ("30020", "Hamburger Kaffeerösterei GmbH", "Speicherstadt 5", "20457", "Hamburg", "DE", "EUR", "30D"),
        ("30030", "Leeds Textiles Ltd", "Briggate 100", "LS1 6AZ", "Leeds", "GB", "EUR", "30D"),
        ("30040", "Rotterdam Havenservice BV", "Wilhelminakade 9", "3072 AP", "Rotterdam", "NL", "EUR", "CM+30D"),
    ];

    public static readonly (string No, string Name, string City, string Country, string? Currency, string Terms)[] Vendors =
    [
        ("50000", "Kontorsenteret Norge AS", "Oslo", "NO", null, "30D"),
        ("50010", "Telenor-Partner Kommunikasjon AS", "Fornebu", "NO", null, "14D"),
        ("50020", "Nordic Strøm og Nett AS", "Bergen", "NO", null, "14D"),
        ("50030", "Eiendomsselskapet Kaia AS", "Tromsø", "NO", null, "CM+30D"),
        ("50040", "Regnskapshuset Nord AS", "Bodø", "NO", null, "14D"),
        ("50050", "Transportsentralen Midt AS", "Trondheim", "NO", null, "30D"),
        ("50060", "Papir og Emballasje AS", "Drammen", "NO", null, "30D"),
        ("50070", "IT-Drift Vest AS", "Stavanger", "NO", null, "14D"),
        ("60000", "Svenska Förpackningar AB", "Jönköping", "SE", "SEK", "30D"),
        ("60010", "Västkustens Frakt AB", "Halmstad", "SE", "SEK", "30D"),
        ("70000", "Berliner Maschinenbau GmbH", "Berlin", "DE", "EUR", "30D"),
        ("70010", "Tallinn Software OÜ", "Tallinn", "EE", "EUR", "14D"),
    ];

    /// <summary>A valid Norwegian 11-digit account number (MOD11 check digit) derived from a seed number.</summary>
    public static string NorwegianAccount(int seed)
    {
        for (var n = seed; ; n++)
        {
            var body = "1503" + (n % 10_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var check = Mod11(body);
            if (check >= 0) return body + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static string PartyIban(string country, int seed) => country switch
    {
        "NO" => BankAccountNumber.CreateIban("NO", NorwegianAccount(seed)),
        "SE" => BankAccountNumber.CreateIban("SE", "5000" + (seed * 7919L % 10_000_000_000_000_000L).ToString("D16", System.Globalization.CultureInfo.InvariantCulture)),
        "DK" => BankAccountNumber.CreateIban("DK", "3000" + (seed * 104729L % 10_000_000_000L).ToString("D10", System.Globalization.CultureInfo.InvariantCulture)),
        "FI" => BankAccountNumber.CreateIban("FI", "1234" + (seed * 15485863L % 10_000_000_000L).ToString("D10", System.Globalization.CultureInfo.InvariantCulture)),
        "DE" => BankAccountNumber.CreateIban("DE", "37040044" + (seed * 32452843L % 10_000_000_000L).ToString("D10", System.Globalization.CultureInfo.InvariantCulture)),
        "GB" => BankAccountNumber.CreateIban("GB", "NWBK601613" + (seed * 49979687L % 100_000_000L).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)),
        "NL" => BankAccountNumber.CreateIban("NL", "ABNA" + (seed * 86028121L % 10_000_000_000L).ToString("D10", System.Globalization.CultureInfo.InvariantCulture)),
        "EE" => BankAccountNumber.CreateIban("EE", "38" + (seed * 2750159L % 100_000_000_000_000L).ToString("D14", System.Globalization.CultureInfo.InvariantCulture)),
        _ => BankAccountNumber.CreateIban(country, (seed * 7L).ToString("D12", System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static int Mod11(string digits)
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
}
