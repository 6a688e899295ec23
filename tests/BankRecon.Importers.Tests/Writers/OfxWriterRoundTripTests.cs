using System.Globalization;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Writers;

/// <summary>Seeded random statements → <see cref="OfxWriter"/> → detection and <c>OfxParser</c> → what OFX can carry, unchanged.</summary>
public sealed class OfxWriterRoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(2026)]
    public void Random_statements_survive_writing_and_reading(int seed)
    {
        var random = new Random(seed);
        var statements = Enumerable.Range(0, random.Next(1, 4)).Select(i => WriterSamples.RandomStatement(random, i, oneDay: false)).ToList();
        using var file = new MemoryStream();
        OfxWriter.Write(file, statements);
        file.Position = 0;

        var parsed = StatementReader.Read(file);

        Assert.Equal(StatementFormat.Ofx, parsed.Format);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(statements.Count, parsed.Statements.Count);
        for (var s = 0; s < statements.Count; s++)
        {
            var (expected, actual) = (statements[s], parsed.Statements[s]);
            Assert.Equal(expected.Header.Account, actual.Header.Account);
            Assert.Equal(expected.Header.Currency, actual.Header.Currency);
            Assert.Equal(expected.Header.From, actual.Header.From);
            Assert.Equal(expected.Header.To, actual.Header.To);
            Assert.Equal(expected.Header.ClosingBalance, actual.Header.ClosingBalance);
            Assert.Equal(expected.Header.OpeningBalance, actual.Header.OpeningBalance);
            Assert.Equal(expected.Lines.Count, actual.Lines.Count);
            for (var l = 0; l < expected.Lines.Count; l++)
            {
                var (e, a) = (expected.Lines[l], actual.Lines[l]);
                var where = string.Create(CultureInfo.InvariantCulture, $"seed {seed}, statement {s}, line {l}");
                Assert.True(e.BookingDate == a.BookingDate, where + ": booking date");
                Assert.True(e.ValueDate == a.ValueDate, where + ": value date");
                Assert.True(e.Amount == a.Amount, where + ": amount");
                Assert.Equal(e.Description, a.Description);
                Assert.Equal(e.CounterpartyName, a.CounterpartyName);
                Assert.Equal(e.BankReference, a.BankReference);
                Assert.Equal(e.Reference, a.Reference);
            }
        }
    }

    [Fact]
    public void Markup_characters_and_long_names_are_written_safely()
    {
        var line = new ParsedLine
        {
            BookingDate = new DateOnly(2026, 3, 2), Amount = -12.5m, Currency = "NOK", Description = "Kaffe & kake <2 stk>",
            CounterpartyName = "Hallingdal Hytteservice og Utleie AS avd. Geilo", BankReference = "R&1",
        };
        using var file = new MemoryStream();
        OfxWriter.Write(file, [new ParsedStatement(new StatementHeader { Account = "NO9386011117947", Currency = "NOK", ClosingBalance = 100m }, [line])]);
        file.Position = 0;

        var parsed = StatementReader.Read(file).Statements.Single().Lines.Single();

        Assert.Equal("Kaffe & kake <2 stk>", parsed.Description);
        Assert.Equal("Hallingdal Hytteservice og Utlei", parsed.CounterpartyName);
        Assert.Equal("R&1", parsed.BankReference);
    }
}
