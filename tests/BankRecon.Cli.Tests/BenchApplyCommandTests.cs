using BankRecon.Cli.Commands;

namespace BankRecon.Cli.Tests;

/// <summary>`bankrecon bench apply` on a small journal: both runs report, and --data reuses the written data.</summary>
public sealed class BenchApplyCommandTests
{
    [Fact]
    public async Task Second_run_with_the_same_data_file_copies_it_and_applies_the_same_way()
    {
        var data = Path.Combine(Path.GetTempPath(), $"bankrecon-bench-apply-test-{Guid.NewGuid():N}.db");
        try
        {
            var first = new StringWriter();
            Assert.Equal(ExitCodes.Ok, await BenchApplyCommand.RunAsync(["--lines", "30", "--entries", "300", "--seed", "7", "--data", data], first));
            var second = new StringWriter();
            Assert.Equal(ExitCodes.Ok, await BenchApplyCommand.RunAsync(["--lines", "30", "--entries", "300", "--seed", "7", "--data", data], second));

            Assert.Contains(", written in ", first.ToString(), StringComparison.Ordinal);
            Assert.Contains("copied from " + data, second.ToString(), StringComparison.Ordinal);
            var outcomes = Outcomes(first.ToString());
            Assert.Equal(2, outcomes.Count);
            Assert.Equal(outcomes, Outcomes(second.ToString()));
            Assert.Contains("30 lines, ", second.ToString(), StringComparison.Ordinal);
            Assert.Contains(" ms end to end, CPU ", second.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(data);
        }
    }

    /// <summary>What each run applied ("N payment lines out of M are applied; K need review."), without the timings.</summary>
    private static List<string> Outcomes(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith("apply (", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("); ", StringComparison.Ordinal) + 3)..].Trim())];
}
