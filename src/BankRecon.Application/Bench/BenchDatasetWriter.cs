using BankRecon.Application.Entries;
using BankRecon.Importers.Writers;

namespace BankRecon.Application.Bench;

/// <summary>Writes a generated dataset as the three files of a benchmark directory.</summary>
public static class BenchDatasetWriter
{
    public const string StatementFileName = "statement.camt053.xml";
    public const string EntriesFileName = "entries.csv";
    public const string TruthFileName = "truth.csv";

    public static void Write(BenchDataset dataset, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var output = File.Create(Path.Combine(directory, StatementFileName)))
        {
            // Fixed message id and creation time (the writer's defaults): same seed, same bytes.
            Camt053Writer.Write(output, [dataset.Statement], new Camt053WriterOptions { Indent = dataset.Statement.Lines.Count <= 10_000 });
        }

        EntriesCsvWriter.Write(Path.Combine(directory, EntriesFileName), dataset.Entries);
        TruthCsv.Write(Path.Combine(directory, TruthFileName), dataset.Truth);
    }
}
