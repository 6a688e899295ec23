using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon import &lt;file&gt; --bank-account &lt;no&gt; [--format …] [--csv-profile auto|&lt;name&gt;] [--json] [--user &lt;name&gt;]</c>:
/// imports a statement file into payment reconciliation journals, through the same use case as the web page (all or
/// nothing, duplicates skipped). Prints the journals created; with --json
/// <c>{"journals": [{"id", "no", "bank_account", "statement_no", "line_count", "duplicates_skipped"}], "warnings": [...]}</c>
/// (a refused import adds <c>"errors": [{"code", "message"}]</c>). Exit code 0 when imported, 1 when refused, 2 on bad usage.
/// </summary>
public static class ImportCommand
{
    public const string Summary = "Import a statement file into payment reconciliation journals: <file> --bank-account <no> [--format ...] [--csv-profile auto|<name>] [--json] [--user <name>]";

    public const string Usage = "bankrecon import <file> --bank-account <no> [--format auto|camt|mt940|ofx|bai2|csv] [--csv-profile auto|<name>] [--accept-row-errors] [--json] [--user <name>] [--provider sqlite|postgresql --connection CS]";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args)
    {
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return await RunAsync(args, stdout, Console.Error);
    }

    /// <summary>Runs the command; throws <see cref="UsageException"/> on bad usage.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "json", "verbose", "accept-row-errors" });
        var json = arguments.Has("json");
        var bankAccount = arguments.Get("bank-account");
        var format = InspectCommand.ParseFormat(arguments.Get("format"));
        var csvProfile = InspectCommand.FindCsvProfile(arguments.Get("csv-profile"));
        var user = arguments.Get("user") ?? Environment.UserName;
        var acceptRowErrors = arguments.Has("accept-row-errors");
        var verbose = arguments.Has("verbose");
        var (provider, connection) = CliHost.ReadDatabase(arguments);
        arguments.EnsureAllRead();
        if (arguments.Positionals.Count != 1) throw new UsageException($"import needs exactly one file. Usage: {Usage}");
        if (string.IsNullOrWhiteSpace(bankAccount)) throw new UsageException($"Give the bank account to import into with --bank-account <no>. Usage: {Usage}");
        var path = arguments.Positionals[0];

        Result<ImportStatementResult> result;
        if (!File.Exists(path))
        {
            result = Result<ImportStatementResult>.Invalid("import.file", $"The file '{path}' does not exist.");
        }
        else
        {
            await using var services = CliHost.Build(provider, connection, verbose);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BankReconDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                result = Result<ImportStatementResult>.Invalid("import.database",
                    $"The database schema is {pending.Count} migration(s) behind; run 'bankrecon db migrate' first.");
            }
            else
            {
                await using var content = File.OpenRead(path);
                result = await scope.ServiceProvider.GetRequiredService<ImportStatementHandler>().HandleAsync(
                    new ImportStatementCommand([new StatementFileInput(Path.GetFileName(path), content)], bankAccount, user, format,
                        CsvProfileName: csvProfile?.Name, AcceptRowErrors: acceptRowErrors), CancellationToken.None);
            }
        }

        if (json) WriteJson(output, result);
        else WriteText(output, result);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"Rejected: {result.Describe()}");
        }

        await output.FlushAsync();
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    private static void WriteText(TextWriter output, Result<ImportStatementResult> result)
    {
        if (!result.Succeeded) return;
        var journals = result.Value.Journals.ToList();
        if (journals.Count == 0) output.WriteLine("No journal was created: every line of the file was imported before.");
        foreach (var journal in journals)
        {
            output.WriteLine($"Created journal {journal.No} for bank account {journal.BankAccountNo}: statement {journal.StatementNo} of {journal.StatementDate:yyyy-MM-dd}, " +
                $"{journal.LineCount} lines{(journal.DuplicatesSkipped > 0 ? $", {journal.DuplicatesSkipped} duplicates skipped" : "")}.");
        }

        foreach (var warning in result.Value.Warnings) output.WriteLine($"Warning: {warning.Message}");
    }

    private static void WriteJson(TextWriter output, Result<ImportStatementResult> result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("journals");
            foreach (var journal in result.Succeeded ? result.Value.Journals : [])
            {
                json.WriteStartObject();
                json.WriteString("id", journal.Id);
                json.WriteString("no", journal.No);
                json.WriteString("bank_account", journal.BankAccountNo);
                json.WriteString("statement_no", journal.StatementNo);
                json.WriteNumber("line_count", journal.LineCount);
                json.WriteNumber("duplicates_skipped", journal.DuplicatesSkipped);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in result.Succeeded ? result.Value.Warnings : []) json.WriteStringValue(warning.Message);
            json.WriteEndArray();
            if (!result.Succeeded)
            {
                json.WriteStartArray("errors");
                foreach (var e in result.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("code", e.Code);
                    json.WriteString("message", e.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
