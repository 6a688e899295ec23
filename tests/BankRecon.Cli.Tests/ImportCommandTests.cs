using System.Globalization;
using System.Text.Json;
using BankRecon.Application.Demo;
using BankRecon.Application.Statements;
using BankRecon.Cli.Commands;
using BankRecon.Importers.Abstractions;
using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Tests;

/// <summary>The import command in process, on a migrated SQLite file with the demo company: JSON contract and exit codes.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankrecon-cli-import-").FullName;
    private string _connection = "";
    private string _sample = "";

    public async Task InitializeAsync()
    {
        _connection = $"Data Source={Path.Combine(_folder, "bankrecon.db")}";
        await using var services = CliHost.Build(DatabaseProvider.Sqlite, _connection);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 20);
            Assert.True(seeded.Succeeded, seeded.Describe());
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var sample = await scope.ServiceProvider.GetRequiredService<DemoStatementsHandler>().CreateAsync("NOK-DNB", StatementFormat.Camt, CancellationToken.None);
            _sample = Path.Combine(_folder, sample.Value.FileName);
            await File.WriteAllBytesAsync(_sample, sample.Value.Content);
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await ImportCommand.RunAsync([.. args, "--connection", _connection], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_lists_the_journals_created_and_a_second_import_of_the_same_file_is_refused()
    {
        var (exitCode, output, _) = await RunAsync(_sample, "--bank-account", "NOK-DNB", "--json", "--user", "cli-test");
        var (againCode, againOutput, againError) = await RunAsync(_sample, "--bank-account", "nok-dnb", "--json");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(["journals", "warnings"], document.RootElement.EnumerateObject().Select(p => p.Name));
        var journal = document.RootElement.GetProperty("journals").EnumerateArray().Single();
        Assert.Equal(["id", "no", "bank_account", "statement_no", "line_count", "duplicates_skipped"], journal.EnumerateObject().Select(p => p.Name));
        Assert.True(Guid.TryParse(journal.GetProperty("id").GetString(), out _));
        Assert.Equal("PR00001", journal.GetProperty("no").GetString());
        Assert.Equal("NOK-DNB", journal.GetProperty("bank_account").GetString());
        Assert.Equal("1", journal.GetProperty("statement_no").GetString());
        Assert.True(journal.GetProperty("line_count").GetInt32() >= 10);
        Assert.Equal(0, journal.GetProperty("duplicates_skipped").GetInt32());
        Assert.Empty(document.RootElement.GetProperty("warnings").EnumerateArray());

        Assert.Equal(ExitCodes.Rejected, againCode);
        using var again = JsonDocument.Parse(againOutput);
        Assert.Empty(again.RootElement.GetProperty("journals").EnumerateArray());
        Assert.Equal("import.already-imported", again.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("already imported on", againError, StringComparison.Ordinal);
        Assert.Contains("by cli-test", againError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_names_the_journal_and_a_file_for_another_account_is_refused_with_exit_code_one()
    {
        var (exitCode, output, _) = await RunAsync(_sample, "--bank-account", "NOK-DNB", "--format", "camt");
        var other = Path.Combine(_folder, "other.xml");
        await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(_sample)).Replace("DEMO-NOK-DNB", "DEMO-OTHER", StringComparison.Ordinal));
        var (refusedCode, refusedOutput, refusedError) = await RunAsync(other, "--bank-account", "SEK-SEB");
        var (missingCode, _, missingError) = await RunAsync(Path.Combine(_folder, "nope.xml"), "--bank-account", "NOK-DNB");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Matches(@"Created journal PR00001 for bank account NOK-DNB: statement 1 of \d{4}-\d{2}-\d{2}, \d+ lines\.", output);
        Assert.Equal(ExitCodes.Rejected, refusedCode);
        Assert.Equal("", refusedOutput);
        Assert.Contains("is for bank account NOK-DNB (DNB driftskonto), not for SEK-SEB as chosen", refusedError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Rejected, missingCode);
        Assert.Contains("does not exist", missingError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bank-account", "NOK-DNB")]
    [InlineData("a.xml")]
    [InlineData("a.xml", "b.xml", "--bank-account", "NOK-DNB")]
    [InlineData("a.xml", "--bank-account", "NOK-DNB", "--colour", "red")]
    [InlineData("a.xml", "--bank-account", "NOK-DNB", "--format", "pdf")]
    [InlineData("a.xml", "--bank-account", "NOK-DNB", "--csv-profile", "no-such-bank")]
    public async Task Bad_usage_is_a_usage_error(params string[] args)
    {
        await Assert.ThrowsAsync<UsageException>(() => RunAsync(args));
    }
}
