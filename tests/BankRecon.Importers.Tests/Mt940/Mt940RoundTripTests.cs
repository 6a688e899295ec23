using System.Text;
using BankRecon.Domain.Payments;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Mt940;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Mt940;

/// <summary>Seeded random statements → <see cref="Mt940Writer"/> → <see cref="Mt940Parser"/> → the same statements.</summary>
public sealed class Mt940RoundTripTests
{
    private static readonly string[] Currencies = ["NOK", "SEK", "EUR", "USD", "JPY", "DKK"];
    private static readonly string[] Codes = ["NTRF", "NMSC", "NDDT", "NCHG", "S103", "FCHK"];
    private static readonly string[] Words =
        ["Faktura", "invoice", "betaling", "KID", "Husleie", "mars", "Order", "12345", "Kunde", "AS", "AB", "Ltd", "Øst", "Åsa", "refund", "2024", "Lønn"];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    [InlineData(987654)]
    public void Random_statements_survive_writing_and_reading(int seed)
    {
        var random = new Random(seed);
        var statements = Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomStatement(random, i)).ToList();

        var text = new StringWriter();
        Mt940Writer.Write(text, statements);
        var collector = new StatementCollector();
        new Mt940Parser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), ParseOptions.Default, collector);
        var parsed = collector.ToResult(StatementFormat.Mt940);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(statements.Count, parsed.Statements.Count);
        for (var s = 0; s < statements.Count; s++)
        {
            var expected = statements[s];
            var actual = parsed.Statements[s];
            Assert.Equal(expected.Header.Account, actual.Header.Account);
            Assert.Equal(expected.Header.Currency, actual.Header.Currency);
            Assert.Equal(expected.Header.StatementId, actual.Header.StatementId);
            Assert.Equal(expected.Header.From, actual.Header.From);
            Assert.Equal(expected.Header.To, actual.Header.To);
            Assert.Equal(expected.Header.OpeningBalance, actual.Header.OpeningBalance);
            Assert.Equal(expected.Header.ClosingBalance, actual.Header.ClosingBalance);
            Assert.Equal(expected.Lines.Count, actual.Lines.Count);
            for (var l = 0; l < expected.Lines.Count; l++)
            {
                var e = expected.Lines[l];
                var a = actual.Lines[l];
                var where = $"seed {seed}, statement {s}, line {l}";
                Assert.True(e.BookingDate == a.BookingDate, where + ": booking date");
                Assert.True(e.ValueDate == a.ValueDate, where + ": value date");
                Assert.True(e.Amount == a.Amount, $"{where}: amount {e.Amount} vs {a.Amount}");
                Assert.True(e.IsReversal == a.IsReversal, where + ": reversal");
                Assert.Equal(e.Currency, a.Currency);
                Assert.Equal(e.BankTransactionCode, a.BankTransactionCode);
                Assert.Equal(e.BankReference, a.BankReference);
                Assert.Equal(e.EndToEndId, a.EndToEndId);
                Assert.Equal(e.CounterpartyName, a.CounterpartyName);
                Assert.Equal(e.CounterpartyAccount, a.CounterpartyAccount);
                Assert.Equal(e.Reference, a.Reference);
                Assert.Equal(e.ReferenceType, a.ReferenceType);
                Assert.Equal(e.Description, a.Description);
                Assert.Equal(e.OriginalAmount, a.OriginalAmount);
                Assert.Equal(e.OriginalCurrency, a.OriginalCurrency);
                Assert.Equal(e.ChargesAmount, a.ChargesAmount);
            }
        }
    }

    private static ParsedStatement RandomStatement(Random random, int index)
    {
        var currency = Currencies[random.Next(Currencies.Length)];
        var decimals = currency == "JPY" ? 0 : 2;
        var from = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650));
        var lines = new List<ParsedLine>();
        var count = random.Next(0, 25);
        var date = from;
        for (var i = 0; i < count; i++)
        {
            date = date.AddDays(random.Next(0, 3));
            var valueDate = date.AddDays(random.Next(-4, 5));
            var amount = Amount(random, decimals) * (random.Next(2) == 0 ? -1 : 1);
            var foreign = random.Next(5) == 0;
            lines.Add(new ParsedLine
            {
                StatementIndex = index,
                LineIndex = i,
                BookingDate = date,
                ValueDate = valueDate,
                Amount = amount,
                Currency = currency,
                IsReversal = random.Next(10) == 0,
                BankTransactionCode = Codes[random.Next(Codes.Length)],
                BankReference = random.Next(4) == 0 ? null : Token(random, random.Next(6, 17)),
                EndToEndId = random.Next(3) == 0 ? null : "E2E" + Token(random, random.Next(4, 30)),
                CounterpartyName = random.Next(3) == 0 ? null : Text(random, random.Next(1, 5)),
                CounterpartyAccount = random.Next(3) == 0 ? null : "NO" + Digits(random, 13),
                Reference = random.Next(4) == 0 ? PaymentReference.Create(PaymentReferenceKind.Rf, Digits(random, random.Next(4, 18))) : null,
                ReferenceType = null,
                Description = random.Next(5) == 0 ? null : Text(random, random.Next(1, 40)),
                OriginalAmount = foreign ? Amount(random, 2) : null,
                OriginalCurrency = foreign ? "GBP" : null,
                ChargesAmount = foreign && random.Next(2) == 0 ? decimal.Round(Amount(random, 2) / 100m, 2) : null,
            });
        }

        lines = [.. lines.Select(l => l with { ReferenceType = l.Reference is null ? null : "SCOR" })];
        var opening = Amount(random, decimals) * (random.Next(4) == 0 ? -1 : 1);
        var header = new StatementHeader
        {
            StatementIndex = index,
            Account = "NO93" + Digits(random, 11),
            Currency = currency,
            StatementId = random.Next(1, 999).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "/001",
            From = from,
            To = lines.Count == 0 ? from : lines[^1].BookingDate,
            OpeningBalance = opening,
            ClosingBalance = opening + lines.Sum(l => l.Amount),
        };
        return new ParsedStatement(header, lines);
    }

    private static decimal Amount(Random random, int decimals) =>
        decimal.Round(random.Next(0, 100_000_000) / (decimal)Math.Pow(10, 2), decimals);

    private static string Token(Random random, int length)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        return new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
    }

    private static string Digits(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10)))]);

    private static string Text(Random random, int words) => string.Join(" ", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
