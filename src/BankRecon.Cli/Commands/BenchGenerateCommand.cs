using BankRecon.Application.Bench;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench generate --lines N --entries M --seed S --out DIR</c>: writes statement.camt053.xml,
/// entries.csv and truth.csv (docs/benchmarks.md). Same seed, same bytes.
/// </summary>
public static class BenchGenerateCommand
{
    public const string Summary = "Write a labelled benchmark: --lines N --entries M --seed S --out DIR";

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal));
        var settings = new BenchGeneratorSettings
        {
            Lines = arguments.GetInt("lines", 1_000),
            Entries = arguments.GetInt("entries", 10_000),
            Seed = arguments.GetInt("seed", 1),
        };
        var output = arguments.Require("out");
        arguments.EnsureAllRead();

        var dataset = BenchDataGenerator.Generate(settings);
        BenchDatasetWriter.Write(dataset, output);
        var matchable = dataset.Truth.Count(t => t.IsMatchable);
        Console.WriteLine($"Wrote {dataset.Statement.Lines.Count} lines ({matchable} matchable) and {dataset.Entries.Count} open entries to {output}");
        Console.WriteLine($"  {BenchDatasetWriter.StatementFileName}, {BenchDatasetWriter.EntriesFileName}, {BenchDatasetWriter.TruthFileName}");
        return Task.FromResult(ExitCodes.Ok);
    }
}
