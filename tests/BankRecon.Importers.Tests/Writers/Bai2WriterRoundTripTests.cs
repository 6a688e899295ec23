using System.Globalization;
using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Writers;

/// <summary>Seeded random one-day statements → <see cref="Bai2Writer"/> → detection and <c>Bai2Parser</c> → the same lines, trailers that add up.</summary>
public sealed class Bai2WriterRoundTripTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    [InlineData(4242)]
    public void Random_statements_survive_writing_and_reading_with_consistent_trailers(int seed)
    {
        var random = new Random(seed);
        var statements = Enumerable.Range(0, random.Next(1, 4)).Select(i => WriterSamples.RandomStatement(random, i, oneDay: true)).ToList();
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Bai2Writer.Write(text, statements);

        var parsed = StatementReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(StatementFormat.Bai2, parsed.Format);
        // Control totals and record counts are checked by the reader: any mistake would be a warning.
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(statements.Count, parsed.Statements.Count);
        for (var s = 0; s < statements.Count; s++)
        {
            var (expected, actual) = (statements[s], parsed.Statements[s]);
            Assert.Equal(expected.Header.Account, actual.Header.Account);
            Assert.Equal(expected.Header.Currency, actual.Header.Currency);
            Assert.Equal(expected.Header.To, actual.Header.To);
            Assert.Equal(expected.Header.OpeningBalance, actual.Header.OpeningBalance);
            Assert.Equal(expected.Header.ClosingBalance, actual.Header.ClosingBalance);
            Assert.Equal(expected.Lines.Count, actual.Lines.Count);
            for (var l = 0; l < expected.Lines.Count; l++)
            {
                var (e, a) = (expected.Lines[l], actual.Lines[l]);
                var where = string.Create(CultureInfo.InvariantCulture, $"seed {seed}, statement {s}, line {l}");
                Assert.True(e.BookingDate == a.BookingDate, where + ": booking date");
                Assert.True(e.ValueDate == a.ValueDate, where + ": value date");
                Assert.True(e.Amount == a.Amount, where + ": amount");
                Assert.Equal(e.CounterpartyName, a.CounterpartyName);
                Assert.Equal(e.CounterpartyAccount, a.CounterpartyAccount);
                Assert.Equal(e.EndToEndId, a.EndToEndId);
                Assert.Equal(e.BankReference, a.BankReference);
                var description = e.Reference is null ? e.Description : $"{e.Description} REF {e.Reference}";
                Assert.Equal(description, a.Description);
            }
        }
    }
}
