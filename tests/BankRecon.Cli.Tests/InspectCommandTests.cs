using System.Globalization;
using System.Text.Json;
using BankRecon.Cli.Commands;
using BankRecon.TestKit;

namespace BankRecon.Cli.Tests;

/// <summary>The inspect command on real fixture files, in process: output contract and exit codes.</summary>
public sealed class InspectCommandTests
{
    private static readonly string CamtFolder = Path.GetFullPath(Path.Combine(GoldenFile.ProjectDirectory(), "..", "BankRecon.Importers.Tests", "TestData", "camt"));

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = InspectCommand.Run(args, output);
        return (exitCode, output.ToString());
    }

    private static string Fixture(string name) => Path.Combine(CamtFolder, name);

    [Fact]
    public void Json_output_follows_the_contract_for_a_real_file()
    {
        var (exitCode, output) = Run(Fixture("bankrecon_camt053_v02_no_bban_kid.xml"), "--json");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["format", "statements", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("camt", root.GetProperty("format").GetString());
        var statement = root.GetProperty("statements").EnumerateArray().Single();
        Assert.Equal(["account", "currency", "statement_id", "from", "to", "opening_balance", "closing_balance", "lines"], statement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("86011117947", statement.GetProperty("account").GetString());
        Assert.Equal("0.00", statement.GetProperty("opening_balance").GetRawText());
        Assert.Equal("11073.25", statement.GetProperty("closing_balance").GetRawText());
        var lines = statement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(
            ["booking_date", "value_date", "amount", "currency", "description", "counterparty_name", "counterparty_account", "reference", "end_to_end_id", "bank_reference"],
            lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("12500.00", lines[0].GetProperty("amount").GetRawText());
        Assert.Equal("2026-03-15", lines[0].GetProperty("booking_date").GetString());
        Assert.Equal("20260315000121", lines[0].GetProperty("reference").GetString());
        Assert.Equal("-176.90", lines[2].GetProperty("amount").GetRawText());
        Assert.Equal("Strømleverandøren Vest AS", lines[2].GetProperty("counterparty_name").GetString());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("end_to_end_id").ValueKind);
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Warnings_still_exit_zero_and_appear_lower_case()
    {
        var (exitCode, output) = Run(Fixture("camt053_genkgo_v02_five_decimals.xml"), "--json", "--format", "camt");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("8.850", document.RootElement.GetProperty("statements")[0].GetProperty("lines")[0].GetProperty("amount").GetRawText());
        Assert.All(document.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("warning", d.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Missing_file_is_rejected_with_exit_code_one_and_a_fatal_diagnostic()
    {
        var (exitCode, output) = Run(Path.Combine(CamtFolder, "does-not-exist.xml"), "--json");

        Assert.Equal(ExitCodes.Rejected, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("format").ValueKind);
        Assert.Equal("fatal", document.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void File_that_is_no_statement_is_rejected_with_exit_code_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bankrecon-inspect-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "just some text, no bank statement\n");
        try
        {
            var (exitCode, output) = Run(path);

            Assert.Equal(ExitCodes.Rejected, exitCode);
            Assert.Contains("Result: rejected", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_camt_forced_as_camt_is_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bankrecon-inspect-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt></BkToCstmrStmt>");
        try
        {
            Assert.Equal(ExitCodes.Rejected, Run(path, "--json", "--format", "camt").ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Human_summary_masks_the_account_and_counts_lines()
    {
        var (exitCode, output) = Run(Fixture("camt053_viafintech_v04_postfinance_sps_sample.xml"));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("Format: camt", output, StringComparison.Ordinal);
        Assert.Contains("****0342", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CH0309000000250090342", output, StringComparison.Ordinal);
        Assert.Contains("32 lines totalling 537.61", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("a.xml", "b.xml")]
    [InlineData("a.xml", "--format", "pdf")]
    [InlineData("a.xml", "--csv-profile", "no-such-bank")]
    [InlineData("a.xml", "--verbose")]
    [InlineData("a.xml", "--format")]
    public void Bad_usage_is_a_usage_error(params string[] args)
    {
        Assert.Throws<UsageException>(() => Run(args));
    }

    [Fact]
    public void Csv_profile_auto_is_accepted()
    {
        Assert.Null(InspectCommand.FindCsvProfile("auto"));
        Assert.Null(InspectCommand.FindCsvProfile(null));
    }

    [Theory]
    [InlineData(0, "inspect", "{camt}/camt053_genkgo_v02_multi_statement.xml", "--json")]
    [InlineData(1, "inspect", "{camt}/missing.xml")]
    [InlineData(2, "inspect", "{camt}/camt053_genkgo_v02_multi_statement.xml", "--format", "nope")]
    [InlineData(2, "inspect")]
    public async Task Program_returns_the_documented_exit_codes(int expected, params string[] args)
    {
        var entryPoint = typeof(InspectCommand).Assembly.EntryPoint!;
        var resolved = args.Select(a => a.Replace("{camt}", CamtFolder, StringComparison.Ordinal)).ToArray();

        var returned = entryPoint.Invoke(null, [resolved]);
        var exitCode = returned switch
        {
            int code => code,
            Task<int> task => await task,
            _ => throw new InvalidOperationException("Unexpected entry point return type."),
        };

        Assert.Equal(expected, exitCode);
    }
}
