using System.Globalization;
using System.Text;
using System.Text.Json;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon post --journal &lt;id|no&gt; [--reconcile] [--json] [--user NAME]</c>: posts a payment reconciliation
/// journal unattended ("Post payments only", or "Post payments and reconcile" with --reconcile). Prints what was
/// posted, or every reason it was refused (one per line). Exit code 0 posted, 1 refused, 2 bad usage or failure.
/// </summary>
public static class PostCommand
{
    public const string Summary = "post a payment reconciliation journal: --journal <id|no> [--reconcile] [--json] [--user NAME]";

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "reconcile", "json", "verbose" };

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, Flags);
        var journal = arguments.Require("journal").Trim();
        var reconcile = arguments.Has("reconcile");
        var json = arguments.Has("json");
        var user = arguments.Get("user") ?? "cli:" + Environment.UserName;
        var verbose = arguments.Has("verbose");
        var (provider, connection) = CliHost.ReadDatabase(arguments);
        arguments.EnsureAllRead();
        if (arguments.Positionals.Count > 0) throw new UsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using var services = CliHost.Build(provider, connection, verbose);
        try
        {
            return await RunAsync(services, journal, reconcile, user, json, stdout);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync("Posting failed: " + ex.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>Resolves the journal, posts it and writes the outcome; the testable part.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string journal, bool reconcile, string user, bool json, TextWriter output)
    {
        Guid? journalId;
        await using (var scope = services.CreateAsyncScope())
        {
            journalId = await FindJournalAsync(scope.ServiceProvider.GetRequiredService<BankReconDbContext>(), journal);
        }

        if (journalId is null)
        {
            Write(output, json, Result<PostJournalResult>.NotFound("journal.not-found", $"There is no payment reconciliation journal '{journal}'."));
            return ExitCodes.Rejected;
        }

        Result<PostJournalResult> result;
        await using (var scope = services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<PostJournalHandler>()
                .HandleAsync(new PostJournalCommand(journalId.Value, reconcile, user, ExpectedVersion: null), CancellationToken.None);
        }

        Write(output, json, result);
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    private static async Task<Guid?> FindJournalAsync(BankReconDbContext db, string journal)
    {
        if (Guid.TryParse(journal, out var id))
            return await db.PaymentReconciliationJournals.AnyAsync(j => j.Id == id) ? id : null;
        var no = journal.ToUpperInvariant();
        var ids = await db.PaymentReconciliationJournals.Where(j => j.No == no || j.No == journal).Select(j => j.Id).ToListAsync();
        return ids.Count == 1 ? ids[0] : null;
    }

    private static void Write(TextWriter output, bool json, Result<PostJournalResult> result)
    {
        if (json) output.Write(ToJson(result));
        else if (result.Succeeded) WriteSummary(output, result.Value);
        else
        {
            output.WriteLine($"Not posted ({result.Status.ToString().ToLowerInvariant()}):");
            foreach (var error in result.Errors) output.WriteLine("  " + error.Message);
        }

        output.Flush();
    }

    private static void WriteSummary(TextWriter output, PostJournalResult posted)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Posted journal {posted.JournalNo} (statement {posted.StatementNo}): {posted.LineCount} lines, total {posted.Total:0.00} {posted.Currency}, transaction {posted.TransactionNo}."));
        output.WriteLine(posted.Reconciled ? "The bank account is reconciled up to this statement." : "Payments only: the bank entries stay open for reconciliation.");
        output.WriteLine(string.Create(c, $"Closed entries: {posted.ClosedEntries}; payment discount {posted.PaymentDiscount:0.00}; payment tolerance {posted.PaymentTolerance:0.00}; realized FX {posted.RealizedFxLocal:0.00} (local)."));
        foreach (var note in posted.Notes) output.WriteLine("Note: " + note);
    }

    /// <summary>The --json contract: {"posted": true, ...} or {"posted": false, "status": "...", "errors": [{code, field, message}]}.</summary>
    public static string ToJson(Result<PostJournalResult> result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("posted", result.Succeeded);
            if (result.Succeeded)
            {
                var p = result.Value;
                json.WriteString("journal_id", p.JournalId);
                json.WriteString("journal_no", p.JournalNo);
                json.WriteString("statement_no", p.StatementNo);
                json.WriteNumber("transaction_no", p.TransactionNo);
                json.WriteNumber("lines", p.LineCount);
                Amount(json, "total", p.Total);
                json.WriteString("currency", p.Currency);
                json.WriteBoolean("reconciled", p.Reconciled);
                json.WriteNumber("closed_entries", p.ClosedEntries);
                Amount(json, "payment_discount", p.PaymentDiscount);
                Amount(json, "payment_tolerance", p.PaymentTolerance);
                Amount(json, "realized_fx_local", p.RealizedFxLocal);
                json.WriteStartArray("notes");
                foreach (var note in p.Notes) json.WriteStringValue(note);
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("status", result.Status.ToString().ToLowerInvariant());
                json.WriteStartArray("errors");
                foreach (var error in result.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("code", error.Code);
                    if (error.Field is null) json.WriteNull("field");
                    else json.WriteString("field", error.Field);
                    json.WriteString("message", error.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Amounts as JSON numbers with at least two decimals ("1250.50"), like the inspect command's contract.</summary>
    private static void Amount(Utf8JsonWriter json, string name, decimal value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value.ToString("0.00##", CultureInfo.InvariantCulture));
    }
}
