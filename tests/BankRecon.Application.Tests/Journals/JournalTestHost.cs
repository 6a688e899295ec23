using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Journals;
using BankRecon.Application.Tests.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Journals;

/// <summary>A statement line to create in a test journal, and what a person applied it to.</summary>
internal sealed record TestLine(decimal Amount, ApplicationAccountType AccountType = ApplicationAccountType.None, string? AccountNo = null,
    IReadOnlyList<(Guid? EntryId, decimal Amount)>? Applications = null, DateOnly? BookingDate = null, string? Text = null);

/// <summary>
/// The demo company (today = 2026-03-31) plus helpers that post invoices and build payment reconciliation journals
/// directly through the domain and the DbContext, applied by hand with <see cref="StatementLine.ApplyManually"/>.
/// </summary>
internal static class JournalTestHost
{
    public static readonly DateOnly Today = new(2026, 3, 31);

    public static async Task<ApplicationHost> DemoAsync(string provider)
    {
        var host = await ApplicationHost.CreateAsync(provider);
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 5));
        Assert.True(seeded.Succeeded, seeded.Describe());
        return host;
    }

    public static async Task<PostedDocumentSummary> InvoiceAsync(ApplicationHost host, string customerNo, decimal amount, DateOnly? date = null)
    {
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(
            new PostDocumentCommand(PostedDocumentKind.SalesInvoice, customerNo, [new PostDocumentLine("Varer", amount)], "accountant", date ?? Today.AddDays(-20),
                date ?? Today.AddDays(-20)), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        return posted.Value;
    }

    public static async Task<PostedDocumentSummary> PurchaseInvoiceAsync(ApplicationHost host, string vendorNo, decimal amount)
    {
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(
            new PostDocumentCommand(PostedDocumentKind.PurchaseInvoice, vendorNo, [new PostDocumentLine("Innkjøp", amount)], "accountant", Today.AddDays(-20),
                Today.AddDays(-20), ExternalDocumentNo: "F-" + amount.ToString(CultureInfo.InvariantCulture)), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        return posted.Value;
    }

    /// <summary>Creates an open journal on <paramref name="bankNo"/> with the lines, applied by hand; returns its id.</summary>
    public static async Task<Guid> JournalAsync(ApplicationHost host, string bankNo, IReadOnlyList<TestLine> lines, decimal balanceLastStatement = 0m,
        decimal? endingBalance = null, string statementNo = "2026-03")
    {
        await using var db = host.Database.NewContext();
        var bank = await db.BankAccounts.SingleAsync(b => b.No == bankNo);
        var series = await db.NumberSeries.SingleAsync(s => s.Code == ReverseJournalHandler.JournalNumberSeries);
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var import = new StatementImport(bank.Id, $"statement-{Guid.NewGuid():N}.xml", Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), "camt053", 1234, "importer", now);
        db.StatementImports.Add(import);
        var journal = new PaymentReconciliationJournal(series.Next(), bank.Id, bank.Currency, statementNo, Today, balanceLastStatement,
            endingBalance ?? balanceLastStatement + lines.Sum(l => l.Amount), import.Id, "importer", now);
        db.PaymentReconciliationJournals.Add(journal);
        var entryNos = await db.CustomerLedgerEntries.Select(e => new { e.Id, e.DocumentNo })
            .Concat(db.VendorLedgerEntries.Select(e => new { e.Id, e.DocumentNo })).ToDictionaryAsync(e => e.Id, e => e.DocumentNo);
        for (var i = 0; i < lines.Count; i++)
        {
            var spec = lines[i];
            var line = new StatementLine(journal.Id, bank.Id, i + 1,
                new StatementLineData(spec.BookingDate ?? Today.AddDays(-1), null, spec.Amount, bank.Currency, null, null, null, spec.Text ?? $"Innbetaling {i + 1}",
                    "Betaler", null, null, null, null, $"BREF{i + 1}", null, false, null), $"ref:{journal.No}-{i + 1}");
            if (spec.AccountType != ApplicationAccountType.None)
            {
                var applications = (spec.Applications ?? [(null, spec.Amount)])
                    .Select(a => new AppliedPaymentEntry(a.EntryId, a.Amount, documentNo: a.EntryId is { } id ? entryNos[id] : null)).ToList();
                var applied = line.ApplyManually(spec.AccountType, spec.AccountNo!, applications, "reviewer", now);
                Assert.True(applied.Succeeded, applied.Describe());
            }

            db.StatementLines.Add(line);
        }

        await db.SaveChangesAsync();
        return journal.Id;
    }

    public static Task<Result<PostJournalResult>> PostAsync(ApplicationHost host, Guid journalId, bool reconcile = false, int? expectedVersion = null, string user = "accountant") =>
        host.RunAsync<PostJournalHandler, Result<PostJournalResult>>(h => h.HandleAsync(new PostJournalCommand(journalId, reconcile, user, expectedVersion), CancellationToken.None));

    public static Task<Result<ReverseJournalResult>> ReverseAsync(ApplicationHost host, Guid journalId, bool recreate = false) =>
        host.RunAsync<ReverseJournalHandler, Result<ReverseJournalResult>>(h => h.HandleAsync(new ReverseJournalCommand(journalId, "controller", recreate), CancellationToken.None));

    public static Task AssertInvariantsAsync(ApplicationHost host) =>
        host.QueryAsync(async db =>
        {
            await LedgerInvariants.AssertHoldAsync(db);
            return 0;
        });
}
