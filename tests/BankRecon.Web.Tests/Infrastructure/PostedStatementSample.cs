using BankRecon.Application.Demo;
using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>Posts a small statement (one customer payment, one bank fee) in the demo site's database, for pages that show posted statements.</summary>
public static class PostedStatementSample
{
    /// <summary>Creates, applies and posts a new journal; returns its id.</summary>
    public static async Task<Guid> PostAsync(BankReconAppFactory site, string statementNo)
    {
        // The demo site seeds users only; the company (accounts, customers, open invoices) is seeded here when missing.
        await site.WithScopeAsync(async services =>
        {
            if (!await services.GetRequiredService<BankReconDbContext>().CompanySettings.AnyAsync())
            {
                var seeded = await services.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 10);
                Assert.True(seeded.Succeeded, seeded.Describe());
            }

            return 0;
        });

        var journalId = await site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<BankReconDbContext>();
            var bank = await db.BankAccounts.SingleAsync(b => b.No == "NOK-DNB");
            var invoice = await db.CustomerLedgerEntries.Where(e => e.Open && e.Currency == "NOK").OrderBy(e => e.EntryNo).FirstAsync();
            var journal = new PaymentReconciliationJournal("PR-" + statementNo, bank.Id, "NOK", statementNo, invoice.PostingDate.AddDays(1), 0m, 0m, null, "importer", DateTime.UtcNow);
            db.PaymentReconciliationJournals.Add(journal);
            var payment = Line(journal, bank.Id, 1, invoice.RemainingAmount, statementNo);
            Assert.True(payment.ApplyManually(ApplicationAccountType.Customer, (await db.Customers.SingleAsync(c => c.Id == invoice.PartyId)).No,
                [new AppliedPaymentEntry(invoice.Id, invoice.RemainingAmount, documentNo: invoice.DocumentNo)], "bookkeeper", DateTime.UtcNow).Succeeded);
            var fee = Line(journal, bank.Id, 2, -35m, statementNo);
            Assert.True(fee.ApplyManually(ApplicationAccountType.GlAccount, "7770", [new AppliedPaymentEntry(null, -35m)], "bookkeeper", DateTime.UtcNow).Succeeded);
            db.StatementLines.AddRange(payment, fee);
            await db.SaveChangesAsync();
            return journal.Id;
        });

        var posted = await site.WithScopeAsync(services => services.GetRequiredService<PostJournalHandler>()
            .HandleAsync(new PostJournalCommand(journalId, Reconcile: false, "accountant", ExpectedVersion: null), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        return journalId;
    }

    private static StatementLine Line(PaymentReconciliationJournal journal, Guid bankId, int no, decimal amount, string statementNo) =>
        new(journal.Id, bankId, no, new StatementLineData(journal.StatementDate, null, amount, "NOK", null, null, null, $"Innbetaling {no}", "Betaler AS", null,
            null, null, null, $"{statementNo}-{no}", null, false, null), $"ref:{statementNo}-{no}");
}
