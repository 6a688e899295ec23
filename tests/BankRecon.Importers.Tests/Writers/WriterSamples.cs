using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Tests.Writers;

/// <summary>Random statements with what every writer can carry (short names, no slashes), for the round-trip tests.</summary>
internal static class WriterSamples
{
    private static readonly string[] Currencies = ["NOK", "SEK", "EUR", "USD", "JPY"];
    private static readonly string[] Words = ["Faktura", "invoice", "betaling", "KID", "Husleie", "mars", "Kunde", "AS", "Øst", "Åsa", "Lønn", "100042", "12,50"];
    private static readonly string[] Names = ["Nordlys Bygg AS", "Åsa Lindqvist", "Bergen Fisk AS", "Oulun Ohjelmisto Oy"];

    public static ParsedStatement RandomStatement(Random random, int index, bool oneDay)
    {
        var currency = Currencies[random.Next(Currencies.Length)];
        var decimals = currency == "JPY" ? 0 : 2;
        var from = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700));
        var date = from;
        var lines = new List<ParsedLine>();
        for (var i = 0; i < random.Next(0, 20); i++)
        {
            if (!oneDay) date = date.AddDays(random.Next(0, 3));
            var amount = Math.Round((decimal)random.Next(-500_000, 500_000) / 100m, decimals);
            if (amount == 0m) amount = 1m;
            lines.Add(new ParsedLine
            {
                StatementIndex = index,
                LineIndex = i,
                BookingDate = date,
                ValueDate = random.Next(4) == 0 ? date.AddDays(1) : date,
                Amount = amount,
                Currency = currency,
                Description = string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)])),
                CounterpartyName = random.Next(3) == 0 ? null : Names[random.Next(Names.Length)],
                CounterpartyAccount = oneDay && random.Next(2) == 0 ? "NO93860111179" + random.Next(10, 99).ToString(CultureInfo.InvariantCulture) : null,
                Reference = random.Next(3) == 0 ? "1000" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) : null,
                EndToEndId = oneDay && random.Next(2) == 0 ? "E2E" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) : null,
                BankReference = "B" + index.ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture),
            });
        }

        var opening = Math.Round((decimal)random.Next(-100_000, 1_000_000) / 10m, decimals);
        return new ParsedStatement(new StatementHeader
        {
            StatementIndex = index,
            Account = "NO93860111179" + (47 + index).ToString(CultureInfo.InvariantCulture),
            Currency = currency,
            From = from,
            To = lines.Count == 0 ? from : date,
            OpeningBalance = opening,
            ClosingBalance = opening + lines.Sum(l => l.Amount),
        }, lines);
    }
}
