using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Mt940;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Mt940;

/// <summary>A million-line file streams through the parser: live memory stays flat while it is read.</summary>
public sealed class Mt940StreamingTests
{
    private const int Entries = 500_000;   // each entry is a :61: and a :86: line: 1,000,006 lines in all

    [Fact]
    public void One_million_lines_are_parsed_with_flat_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bankrecon-mt940-{Guid.NewGuid():N}.sta");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                var header = new StatementHeader { Account = "NO9386011117947", Currency = "NOK", From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), OpeningBalance = 0m };
                Mt940Writer.WriteStatement(writer, header, GenerateLines(), "\n");
            }

            var sink = new CountingSink();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            using (var stream = File.OpenRead(path))
            {
                new Mt940Parser().Parse(stream, ParseOptions.Default, sink);
            }

            Assert.Equal(Entries, sink.Lines);
            Assert.Equal(Entries * 1.00m, sink.Sum);
            Assert.Empty(sink.Problems);

            // Holding the file or its lines would take hundreds of MB; streaming keeps well under 32 MB above the baseline.
            Assert.True(sink.PeakLiveBytes - baseline < 32L * 1024 * 1024, $"peak live memory grew by {(sink.PeakLiveBytes - baseline) / (1024 * 1024)} MB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<ParsedLine> GenerateLines()
    {
        var date = new DateOnly(2024, 1, 1);
        for (var i = 0; i < Entries; i++)
        {
            yield return new ParsedLine
            {
                BookingDate = date.AddDays(i % 360),
                ValueDate = date.AddDays(i % 360),
                Amount = i % 2 == 0 ? 3.00m : -1.00m,
                BankTransactionCode = "NTRF",
                Description = "Faktura " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }

    private sealed class CountingSink : IStatementSink
    {
        public int Lines { get; private set; }

        public decimal Sum { get; private set; }

        public long PeakLiveBytes { get; private set; }

        public List<ParseDiagnostic> Problems { get; } = [];

        public void StartStatement(StatementHeader header)
        {
        }

        public void Line(ParsedLine line)
        {
            Lines++;
            Sum += line.Amount;
            if (Lines % 100_000 == 0) PeakLiveBytes = Math.Max(PeakLiveBytes, GC.GetTotalMemory(forceFullCollection: true));
        }

        public void EndStatement(StatementHeader header)
        {
        }

        public void Diagnostic(ParseDiagnostic diagnostic) => Problems.Add(diagnostic);
    }
}
