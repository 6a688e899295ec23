namespace BankRecon.Application.Bench;

/// <summary>Word lists for realistic Nordic and international party names, streets and cities.</summary>
internal static class NameCatalog
{
    public static readonly string[] NorwegianSurnames =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
        "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Solberg", "Bakken", "Strand", "Moen", "Lie",
        "Ødegård", "Sæther", "Aas", "Ruud", "Holm", "Kristoffersen", "Knutsen", "Myhre", "Nygård", "Bråthen",
    ];

    public static readonly string[] NorwegianFirstNames =
    [
        "Ole", "Kari", "Per", "Anne", "Lars", "Ingrid", "Jon", "Marit", "Knut", "Silje", "Bjørn", "Hilde", "Terje",
        "Ragnhild", "Øystein", "Åse", "Eirik", "Solveig", "Håkon", "Tone", "Geir", "Randi", "Sindre", "Tuva",
    ];

    public static readonly string[] NorwegianPlaces =
    [
        "Nordlys", "Fjord", "Vestland", "Bergen", "Trønder", "Viking", "Polar", "Midgard", "Bjørk", "Granitt",
        "Havbris", "Romerike", "Sunnmøre", "Lofoten", "Hardanger", "Vestlandske", "Nordnorsk", "Oslofjord",
    ];

    public static readonly string[] NorwegianTrades =
    [
        "Bygg", "Transport", "Elektro", "Rørlegger", "Regnskap", "Eiendom", "Maskin", "Snekkeri", "Fisk",
        "Entreprenør", "Data", "Handel", "Consult", "Tannklinikk", "Maling", "Taktekking", "Bilverksted", "Catering",
        "Blomster", "Trykkeri", "Ventilasjon", "Anlegg", "Sjømat", "Revisjon",
    ];

    public static readonly string[] SwedishSurnames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Lundqvist", "Åberg", "Sjöberg",
        "Wallin", "Holmberg",
    ];

    public static readonly string[] SwedishFirstNames = ["Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Sven", "Birgitta", "Anders", "Elin"];

    public static readonly string[] SwedishTrades =
    [
        "Bygg", "Åkeri", "Fastigheter", "Konsult", "Elektriska", "Data", "Trävaror", "Måleri", "Städservice", "Verkstad",
    ];

    public static readonly string[] DanishSurnames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller", "Mortensen",
        "Østergaard",
    ];

    public static readonly string[] DanishFirstNames = ["Mette", "Søren", "Jens", "Hanne", "Mads", "Lone", "Niels", "Pia"];

    public static readonly string[] DanishTrades = ["Byg", "Transport", "Tømrer", "Ejendomme", "Rådgivning", "El-Service", "VVS", "Maskinfabrik"];

    public static readonly string[] FinnishSurnames =
    [
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
    ];

    public static readonly string[] FinnishFirstNames = ["Mikko", "Aino", "Juha", "Liisa", "Timo", "Päivi", "Jari", "Sanna"];

    public static readonly string[] FinnishTrades = ["Rakennus", "Kuljetus", "Sähkö", "Kiinteistöt", "Konsultointi", "Metalli", "Puutuote"];

    public static readonly string[] GermanSurnames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    ];

    public static readonly string[] GermanFirstNames = ["Thomas", "Sabine", "Michael", "Petra", "Andreas", "Claudia", "Stefan", "Monika"];

    public static readonly string[] GermanTrades = ["Bau", "Logistik", "Elektrotechnik", "Immobilien", "Beratung", "Maschinenbau", "Handel", "Software"];

    public static readonly string[] EnglishSurnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
    ];

    public static readonly string[] EnglishPlaces = ["Northern", "Atlantic", "Nordic", "Baltic", "Arctic", "Highland", "Coastal", "Global"];

    public static readonly string[] EnglishTrades = ["Engineering", "Logistics", "Consulting", "Software", "Trading", "Marine", "Construction", "Supplies"];

    public static readonly string[] NorwegianStreets = ["Storgata", "Kongens gate", "Industriveien", "Havnegata", "Sjøgata", "Parkveien", "Bryggen", "Strandveien", "Nedre Slottsgate"];

    public static readonly string[] NorwegianCities = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Ålesund", "Bodø", "Hamar"];

    public static readonly string[] SwedishStreets = ["Storgatan", "Drottninggatan", "Industrivägen", "Kungsgatan", "Hamngatan"];

    public static readonly string[] SwedishCities = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro"];

    public static readonly string[] DanishStreets = ["Vestergade", "Nørregade", "Industrivej", "Søndergade", "Havnevej"];

    public static readonly string[] DanishCities = ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg"];

    public static readonly string[] FinnishStreets = ["Mannerheimintie", "Hämeenkatu", "Teollisuustie", "Satamakatu", "Kauppakatu"];

    public static readonly string[] FinnishCities = ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä"];

    public static readonly string[] GermanStreets = ["Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenstraße", "Schillerstraße"];

    public static readonly string[] GermanCities = ["Hamburg", "Berlin", "München", "Köln", "Bremen", "Kiel"];

    public static readonly string[] Banks = ["DNB Bank ASA", "Nordea Bank Abp, filial i Norge", "SpareBank 1 SR-Bank ASA", "Handelsbanken", "Danske Bank"];

    public static readonly string[] Merchants =
    [
        "REMA 1000 STORGATA", "KIWI 512 BERGEN", "CLAS OHLSON OSLO CITY", "CIRCLE K LYSAKER", "ELKJOP.NO", "POSTEN NORGE",
        "VINMONOPOLET AKER BRYGGE", "SAS NO", "NORWEGIAN AIR SHUTTLE", "MICROSOFT*365", "AMZN MKTP DE", "IKEA FURUSET",
    ];

    /// <summary>Amounts that many invoices share across customers, so that the amount alone cannot decide.</summary>
    public static readonly decimal[] RoundAmounts =
    [
        500.00m, 1000.00m, 1250.00m, 1500.00m, 2000.00m, 2500.00m, 3000.00m, 5000.00m, 7500.00m, 10000.00m, 12500.00m,
        15000.00m, 20000.00m, 25000.00m,
    ];
}
