using System.Xml;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Camt;

/// <summary>Random statements written with <see cref="Camt053Writer"/> and read back must come back field for field.</summary>
public sealed class Camt053WriterRoundTripTests
{
    private static readonly string[] Currencies = ["NOK", "SEK", "EUR", "DKK", "CHF", "JPY"];
    private static readonly string[] Words = ["Faktura", "Husleie", "mars", "Strøm", "Ålesund", "kr", "Order", "<&>", "\"quoted\"", "Zahlung", "für", "Miete", "2026-118", "OCR", "KID"];
    private static readonly string[] Codes = ["PMNT/RCDT/ESCT", "PMNT/ICDT/DMCT", "544", "705VIITESIIRTO", "PMNT/CCRD/POSD"];
    private static readonly string[] ReferenceTypes = ["SCOR", "QRR", "ISR Reference"];
    private static readonly string[] Accounts = ["NO9386011117947", "SE4550000000058398257466", "86011117947", "5050-1055", "DE89 3704 0044 0532 0130 00"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20260331)]
    public void Random_statements_survive_a_write_and_read(int seed)
    {
        var random = new Random(seed);
        var statements = Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomStatement(random, i)).ToList();
        using var buffer = new MemoryStream();

        Camt053Writer.Write(buffer, statements, new Camt053WriterOptions { Indent = seed % 2 == 0 });
        buffer.Position = 0;
        var result = StatementReader.Read(buffer);

        Assert.Equal(StatementFormat.Camt, result.Format);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && !d.Message.Contains("copy", StringComparison.Ordinal));
        Assert.Equal(statements.Count, result.Statements.Count);
        for (var s = 0; s < statements.Count; s++)
        {
            var expected = statements[s];
            var actual = result.Statements[s];
            Assert.Equal(expected.Header, actual.Header with { Location = null });
            Assert.Equal(expected.Lines.Count, actual.Lines.Count);
            for (var l = 0; l < expected.Lines.Count; l++)
            {
                Assert.Equal(expected.Lines[l], actual.Lines[l] with { Location = null });
            }
        }
    }

    [Fact]
    public void Written_file_is_camt_053_001_08_with_balances_first()
    {
        var header = new StatementHeader { Account = "NO9386011117947", Currency = "NOK", StatementId = "1", From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31), OpeningBalance = 1m, ClosingBalance = 2m };
        using var buffer = new MemoryStream();

        Camt053Writer.Write(buffer, [new ParsedStatement(header, [new ParsedLine { Amount = 1m, Currency = "NOK" }])]);
        buffer.Position = 0;

        using var reader = XmlReader.Create(buffer);
        reader.MoveToContent();
        Assert.Equal(("Document", Camt053Writer.Namespace), (reader.LocalName, reader.NamespaceURI));
        var order = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 3) order.Add(reader.LocalName);
        }

        Assert.Equal(["MsgId", "CreDtTm", "Id", "FrToDt", "Acct", "Bal", "Bal", "Ntry"], order);
    }

    [Fact]
    public void Streaming_overload_writes_lines_as_they_are_enumerated()
    {
        var header = new StatementHeader { Account = "NO9386011117947", Currency = "NOK", StatementId = "GEN-1", OpeningBalance = 0m, ClosingBalance = 3m };
        static IEnumerable<ParsedLine> Lines()
        {
            for (var i = 0; i < 3; i++) yield return new ParsedLine { LineIndex = i, Amount = 1m, Currency = "NOK" };
        }

        using var buffer = new MemoryStream();
        Camt053Writer.Write(buffer, header, Lines());
        buffer.Position = 0;
        var result = StatementReader.Read(buffer);

        Assert.Equal(3, result.LineCount);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Long_description_is_split_into_140_character_pieces_at_spaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcdefghij", 40));

        var pieces = Camt053Writer.SplitText(text, 140).ToList();

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 140));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    private static ParsedStatement RandomStatement(Random random, int index)
    {
        var currency = Currencies[random.Next(Currencies.Length)];
        var scale = currency == "JPY" ? 0 : 2;
        var from = new DateOnly(2026, 1, 1).AddDays(random.Next(300));
        var lines = new List<ParsedLine>();
        var count = random.Next(0, 25);
        for (var i = 0; i < count; i++)
        {
            var foreign = random.Next(5) == 0;
            var hasReference = random.Next(2) == 0;
            lines.Add(new ParsedLine
            {
                StatementIndex = index,
                LineIndex = i,
                BookingDate = from.AddDays(random.Next(0, 5)),
                ValueDate = random.Next(4) == 0 ? null : from.AddDays(random.Next(-2, 7)),
                Amount = RandomAmount(random, scale) * (random.Next(2) == 0 ? -1 : 1),
                Currency = currency,
                OriginalAmount = foreign ? RandomAmount(random, 2) : null,
                OriginalCurrency = foreign ? "USD" : null,
                ExchangeRate = foreign && random.Next(2) == 0 ? new decimal(random.Next(1, 12_000_000), 0, 0, false, 6) : null,
                ChargesAmount = random.Next(6) == 0 ? RandomAmount(random, scale) : null,
                Description = random.Next(5) == 0 ? null : string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => Words[random.Next(Words.Length)])),
                CounterpartyName = random.Next(4) == 0 ? null : "Kunde " + random.Next(1000) + " AS",
                CounterpartyAccount = random.Next(3) == 0 ? null : Accounts[random.Next(Accounts.Length)],
                Reference = hasReference ? random.NextInt64(1_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                ReferenceType = hasReference && random.Next(3) > 0 ? ReferenceTypes[random.Next(ReferenceTypes.Length)] : null,
                EndToEndId = random.Next(3) == 0 ? null : "E2E-" + random.Next(),
                BankReference = random.Next(5) == 0 ? null : "BANK-" + index + "-" + i,
                BankTransactionCode = random.Next(5) == 0 ? null : Codes[random.Next(Codes.Length)],
                IsReversal = random.Next(10) == 0,
            });
        }

        var opening = RandomAmount(random, scale) * (random.Next(3) == 0 ? -1 : 1);
        return new ParsedStatement(
            new StatementHeader
            {
                StatementIndex = index,
                Account = Accounts[random.Next(Accounts.Length)],
                Currency = currency,
                StatementId = "STMT-" + random.Next(),
                From = from,
                To = from.AddDays(4),
                OpeningBalance = opening,
                ClosingBalance = opening + lines.Sum(l => l.Amount),
                IsCopy = random.Next(8) == 0,
            },
            lines);
    }

    private static decimal RandomAmount(Random random, int scale) =>
        new(random.Next(0, 10_000_000), 0, 0, false, (byte)scale);
}
