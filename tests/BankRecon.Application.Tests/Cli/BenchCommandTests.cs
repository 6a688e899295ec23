using BankRecon.Application.Bench;
using BankRecon.Application.Entries;
using BankRecon.Application.Tests.Bench;

namespace BankRecon.Application.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_generate_writes_the_three_files_and_they_read_back()
    {
        using var directory = new TempDirectory();

        var (exitCode, output, error) = MatchCommandTests.RunCli("bench", "generate", "--lines", "120", "--entries", "900", "--seed", "4", "--out", directory.Path);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Wrote 120 lines", output, StringComparison.Ordinal);
        var entries = EntriesCsvReader.Read(directory.File(BenchDatasetWriter.EntriesFileName));
        Assert.True(entries.Succeeded, entries.Describe());
        Assert.Equal(900, entries.Value.Count);
        var truth = TruthCsv.Read(directory.File(BenchDatasetWriter.TruthFileName));
        Assert.True(truth.Succeeded, truth.Describe());
        Assert.Equal(120, truth.Value.Count);
        var ids = entries.Value.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        Assert.All(truth.Value.SelectMany(t => t.Applications), a => Assert.Contains(a.EntryId, ids));
    }

    [Fact]
    public void Bench_match_scaling_prints_both_sizes_their_work_per_line_and_the_ratios()
    {
        var (exitCode, output, error) = MatchCommandTests.RunCli(
            "bench", "match", "--scaling", "--lines", "60", "--entries", "600", "--seed", "2", "--repeat", "1", "--rules", "default");

        Assert.True(exitCode == 0, error);
        Assert.Contains("| default | 60/600 |", output, StringComparison.Ordinal);
        Assert.Contains("| default | 600/6000 |", output, StringComparison.Ordinal);
        Assert.Contains("Work per line (deterministic counts):", output, StringComparison.Ordinal);
        Assert.Contains("Ratio 10x : 1x", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| bc |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_match_rejects_an_unknown_rule_set()
    {
        var (exitCode, _, error) = MatchCommandTests.RunCli("bench", "match", "--rules", "sap", "--lines", "10", "--entries", "100");

        Assert.Equal(2, exitCode);
        Assert.Contains("--rules must be default, bc or both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_parse_one_reports_the_lines_and_sum_of_a_generated_statement()
    {
        using var directory = new TempDirectory();
        var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = 150, Entries = 1_000, Seed = 9 });
        BenchDatasetWriter.Write(dataset, directory.Path);

        var (exitCode, output, error) = MatchCommandTests.RunCli("bench", "parse-one", "--file", directory.File(BenchDatasetWriter.StatementFileName), "--repeat", "1");

        Assert.True(exitCode == 0, error);
        Assert.Contains("format=Camt lines=150 ", output, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($" sum={dataset.Statement.Lines.Sum(l => l.Amount)} "), output, StringComparison.Ordinal);
    }
}
