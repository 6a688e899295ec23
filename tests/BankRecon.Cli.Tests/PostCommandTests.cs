using System.Globalization;
using System.Text.Json;
using BankRecon.Application.Demo;
using BankRecon.Cli.Commands;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Tests;

/// <summary>`bankrecon post` over a real (SQLite) demo database: human and --json output, exit codes.</summary>
public sealed class PostCommandTests
{
    [Fact]
    public async Task Refused_journal_lists_each_line_reason_and_exits_1_then_posts_once_applied()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var services = CliHost.Build(DatabaseProvider.Sqlite, database.ConnectionString);
        await using (var scope = services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 3);
            Assert.True(seeded.Succeeded, seeded.Describe());
        }

        var (journalNo, unappliedLineId) = await CreateJournalAsync(database);

        var (refusedCode, refusedText) = await RunAsync(services, journalNo, json: false);
        Assert.Equal(ExitCodes.Rejected, refusedCode);
        Assert.Contains("Not posted (invalid):", refusedText, StringComparison.Ordinal);
        Assert.Contains("Line 2 (", refusedText, StringComparison.Ordinal);
        Assert.Contains("is not applied", refusedText, StringComparison.Ordinal);

        var (jsonCode, jsonText) = await RunAsync(services, journalNo, json: true);
        Assert.Equal(ExitCodes.Rejected, jsonCode);
        using (var refused = JsonDocument.Parse(jsonText))
        {
            Assert.False(refused.RootElement.GetProperty("posted").GetBoolean());
            var error = refused.RootElement.GetProperty("errors").EnumerateArray().Single();
            Assert.Equal(("line.not-applied", "Lines[2]"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
        }

        await using (var db = database.NewContext())
        {
            var line = await db.StatementLines.SingleAsync(l => l.Id == unappliedLineId);
            Assert.True(line.ApplyManually(ApplicationAccountType.GlAccount, "6800", [new AppliedPaymentEntry(null, line.Amount)], "tester", DateTime.UtcNow).Succeeded);
            await db.SaveChangesAsync();
        }

        var (postedCode, postedText) = await RunAsync(services, journalNo.ToLowerInvariant(), json: true);
        Assert.Equal(ExitCodes.Ok, postedCode);
        using var posted = JsonDocument.Parse(postedText);
        Assert.True(posted.RootElement.GetProperty("posted").GetBoolean());
        Assert.Equal(2, posted.RootElement.GetProperty("lines").GetInt32());
        Assert.Equal("-150.00", posted.RootElement.GetProperty("total").GetRawText());

        var (againCode, againText) = await RunAsync(services, journalNo, json: false);
        Assert.Equal(ExitCodes.Rejected, againCode);
        Assert.Contains("already been posted", againText, StringComparison.Ordinal);

        var (missingCode, _) = await RunAsync(services, "PR99999", json: false);
        Assert.Equal(ExitCodes.Rejected, missingCode);
    }

    private static async Task<(int Code, string Output)> RunAsync(IServiceProvider services, string journal, bool json)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var code = await PostCommand.RunAsync(services, journal, reconcile: false, "tester", json, output);
        return (code, output.ToString());
    }

    private static async Task<(string JournalNo, Guid UnappliedLineId)> CreateJournalAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var bank = await db.BankAccounts.SingleAsync(b => b.No == "NOK-DNB");
        var journal = new PaymentReconciliationJournal("PR00001", bank.Id, "NOK", "2026-03", new DateOnly(2026, 3, 31), 0m, -150m, null, "tester", DateTime.UtcNow);
        db.PaymentReconciliationJournals.Add(journal);
        var fee = NewLine(journal, bank.Id, 1, -50m, "Gebyr");
        Assert.True(fee.ApplyManually(ApplicationAccountType.GlAccount, "7770", [new AppliedPaymentEntry(null, -50m)], "tester", DateTime.UtcNow).Succeeded);
        var unapplied = NewLine(journal, bank.Id, 2, -100m, "Kontorrekvisita");
        db.StatementLines.AddRange(fee, unapplied);
        await db.SaveChangesAsync();
        return (journal.No, unapplied.Id);
    }

    private static StatementLine NewLine(PaymentReconciliationJournal journal, Guid bankId, int no, decimal amount, string text) =>
        new(journal.Id, bankId, no, new StatementLineData(new DateOnly(2026, 3, 30), null, amount, "NOK", null, null, null, text, null, null, null, null, null,
            null, null, false, null), "test:" + no.ToString(CultureInfo.InvariantCulture));
}
