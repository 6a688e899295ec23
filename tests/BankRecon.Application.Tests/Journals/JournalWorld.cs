using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Journals;

/// <summary>
/// A demo company (chart, parties, bank accounts; no random invoices) on a real database, plus the means to post
/// known invoices, open journals on NOK-DNB and put statement lines in them the way an import would.
/// </summary>
internal sealed class JournalWorld : IAsyncDisposable
{
    public const string User = "accountant";

    private int _dedup;

    private JournalWorld(ApplicationHost host) => Host = host;

    public ApplicationHost Host { get; }

    public DateOnly Today => DateOnly.FromDateTime(Host.Clock.Now.UtcDateTime);

    public static async Task<JournalWorld> CreateAsync(string provider)
    {
        var host = await ApplicationHost.CreateAsync(provider);
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 0));
        Assert.True(seeded.Succeeded, seeded.Describe());
        return new JournalWorld(host);
    }

    public async Task<PostedDocumentSummary> InvoiceAsync(string customerNo, decimal amount, int daysAgo = 10)
    {
        var date = Today.AddDays(-daysAgo);
        var posted = await Host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(
            new PostDocumentCommand(PostedDocumentKind.SalesInvoice, customerNo, [new PostDocumentLine("Varer", amount)], "seed", date, date,
                PaymentBankAccountNo: "NOK-DNB"), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        return posted.Value;
    }

    public async Task<Guid> JournalAsync()
    {
        var created = await Host.RunAsync<CreateJournalHandler, Result<CreatedJournal>>(h =>
            h.HandleAsync(new CreateJournalCommand("NOK-DNB", User), CancellationToken.None));
        Assert.True(created.Succeeded, created.Describe());
        return created.Value.Id;
    }

    /// <summary>Adds statement lines as the import would (amount + text, optional payer and reference); returns their ids in order.</summary>
    public async Task<IReadOnlyList<Guid>> LinesAsync(Guid journalId, params (decimal Amount, string Text, string? Payer, string? Reference)[] lines)
    {
        return await Host.QueryAsync(async db =>
        {
            var journal = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId);
            var next = (await db.StatementLines.Where(l => l.JournalId == journalId).Select(l => (int?)l.LineNo).MaxAsync() ?? 0) + 1;
            var ids = new List<Guid>();
            foreach (var (amount, text, payer, reference) in lines)
            {
                var line = new StatementLine(journalId, journal.BankAccountId, next++, new StatementLineData(Today, Today, amount, "NOK", null, null, null,
                    text, payer, null, reference, reference is null ? null : "KID", null, null, null, false, null),
                    "test:" + (++_dedup).ToString(CultureInfo.InvariantCulture) + ":" + Guid.NewGuid().ToString("N"));
                db.StatementLines.Add(line);
                ids.Add(line.Id);
            }

            // As an import into the journal does (ChangeHeader): new lines are a change the journal page must see.
            if (journal.Status == JournalStatus.Open) journal.RecordEdit();
            await db.SaveChangesAsync();
            return (IReadOnlyList<Guid>)ids;
        });
    }

    public Task<StatementLine> LineAsync(Guid lineId) => Host.QueryAsync(db => db.StatementLines.AsNoTracking().SingleAsync(l => l.Id == lineId));

    public Task<int> VersionAsync(Guid journalId) =>
        Host.QueryAsync(db => db.PaymentReconciliationJournals.Where(j => j.Id == journalId).Select(j => j.Version).SingleAsync());

    public Task<Result<ApplyAutomaticallySummary>> ApplyAsync(Guid journalId) =>
        Host.RunAsync<ApplyAutomaticallyHandler, Result<ApplyAutomaticallySummary>>(h =>
            h.HandleAsync(new ApplyAutomaticallyCommand(journalId, User), CancellationToken.None));

    public Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> work)
        where THandler : notnull => Host.RunAsync(work);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
