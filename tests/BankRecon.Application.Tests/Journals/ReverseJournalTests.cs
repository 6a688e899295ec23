using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using static BankRecon.Application.Tests.Journals.JournalTestHost;

namespace BankRecon.Application.Tests.Journals;

public sealed class ReverseJournalTests
{
    private const string Nok = "NOK-DNB";

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reversing_reopens_the_invoices_with_their_discount_undoes_the_statement_and_restores_every_balance(string provider)
    {
        await using var host = await DemoAsync(provider);
        var discounted = await InvoiceAsync(host, "10030", 1000m);
        var partly = await InvoiceAsync(host, "10000", 2000m);
        var balances = await host.QueryAsync(Balances);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(980m, ApplicationAccountType.Customer, "10030", [(discounted.LedgerEntryId, 980m)], BookingDate: new DateOnly(2026, 3, 20)),
            new TestLine(500m, ApplicationAccountType.Customer, "10000", [(partly.LedgerEntryId, 500m)]),
            new TestLine(-30m, ApplicationAccountType.GlAccount, "7770"),
        ], balanceLastStatement: 0m);
        var posted = await PostAsync(host, journalId, reconcile: true);
        Assert.True(posted.Succeeded, posted.Describe());

        var reversed = await ReverseAsync(host, journalId);

        Assert.True(reversed.Succeeded, reversed.Describe());
        Assert.True(reversed.Value.StatementUndone);
        Assert.Equal(1, reversed.Value.ReopenedEntries);
        Assert.Equal(balances, await host.QueryAsync(Balances));
        await host.QueryAsync(async db =>
        {
            var first = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == discounted.LedgerEntryId);
            Assert.True(first.Open);
            Assert.Equal((1000m, 20m), (first.RemainingAmount, first.RemainingPmtDiscountPossible));
            Assert.Equal(2000m, (await db.CustomerLedgerEntries.SingleAsync(e => e.Id == partly.LedgerEntryId)).RemainingAmount);
            var bank = await db.BankAccounts.SingleAsync(b => b.No == Nok);
            Assert.Equal((null, 0m), (bank.LastStatementNo, bank.BalanceLastStatement));
            var journal = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId);
            Assert.Equal((JournalStatus.Reversed, "controller", reversed.Value.ReversalTransactionNo), (journal.Status, journal.ReversedBy, journal.ReversalTransactionNo));
            var original = await db.BankAccountLedgerEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).ToListAsync();
            Assert.All(original, e => Assert.True(e.Reversed && e.Open));
            Assert.All(await db.GlEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).ToListAsync(), e => Assert.True(e.Reversed));
            return 0;
        });
        await AssertInvariantsAsync(host);

        var twice = await ReverseAsync(host, journalId);
        Assert.Equal(ResultStatus.Conflict, twice.Status);
        Assert.Contains("already been reversed", twice.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reversing_with_recreate_gives_an_open_copy_that_can_be_posted_again(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "30020", 1000m, new DateOnly(2026, 1, 15));
        var journalId = await JournalAsync(host, "EUR-NORDEA", [new TestLine(1000m, ApplicationAccountType.Customer, "30020", [(invoice.LedgerEntryId, 1000m)])]);
        Assert.True((await PostAsync(host, journalId)).Succeeded);

        var reversed = await ReverseAsync(host, journalId, recreate: true);

        Assert.True(reversed.Succeeded, reversed.Describe());
        var copyId = reversed.Value.NewJournalId!.Value;
        await host.QueryAsync(async db =>
        {
            var copy = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == copyId);
            Assert.Equal((JournalStatus.Open, "2026-03"), (copy.Status, copy.StatementNo));
            var line = await db.StatementLines.SingleAsync(l => l.JournalId == copyId);
            Assert.Equal((1000m, ApplicationAccountType.None, 0), (line.Amount, line.AccountType, line.Applications.Count));
            Assert.Equal(1000m, (await db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoice.LedgerEntryId)).RemainingAmount);
            return 0;
        });
        await AssertInvariantsAsync(host);

        // Apply the copy again and post it: the invoice closes once more, FX gain and all.
        await using (var db = host.Database.NewContext())
        {
            var line = await db.StatementLines.SingleAsync(l => l.JournalId == copyId);
            Assert.True(line.ApplyManually(ApplicationAccountType.Customer, "30020", [new AppliedPaymentEntry(invoice.LedgerEntryId, 1000m)], "reviewer", DateTime.UtcNow).Succeeded);
            await db.SaveChangesAsync();
        }

        var again = await PostAsync(host, copyId);
        Assert.True(again.Succeeded, again.Describe());
        Assert.Equal(140.50m, again.Value.RealizedFxLocal);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reversal_is_refused_when_a_later_statement_was_reconciled(string provider)
    {
        await using var host = await DemoAsync(provider);
        var first = await JournalAsync(host, Nok, [new TestLine(-10m, ApplicationAccountType.GlAccount, "7770")], 0m, statementNo: "1");
        Assert.True((await PostAsync(host, first, reconcile: true)).Succeeded);
        var second = await JournalAsync(host, Nok, [new TestLine(-20m, ApplicationAccountType.GlAccount, "7770")], -10m, statementNo: "2");
        Assert.True((await PostAsync(host, second, reconcile: true)).Succeeded);

        var refused = await ReverseAsync(host, first);

        Assert.Equal("journal.later-statement", Assert.Single(refused.Errors).Code);
        Assert.Equal(JournalStatus.Posted, (await host.QueryAsync(db => db.PaymentReconciliationJournals.SingleAsync(j => j.Id == first))).Status);

        // The last statement can be reversed; the bank account goes back to statement 1.
        Assert.True((await ReverseAsync(host, second)).Succeeded);
        var bank = await host.QueryAsync(db => db.BankAccounts.SingleAsync(b => b.No == Nok));
        Assert.Equal(("1", -10m), (bank.LastStatementNo, bank.BalanceLastStatement));
        Assert.True((await ReverseAsync(host, first)).Succeeded);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task An_open_journal_cannot_be_reversed(string provider)
    {
        await using var host = await DemoAsync(provider);
        var journalId = await JournalAsync(host, Nok, [new TestLine(-10m, ApplicationAccountType.GlAccount, "7770")]);

        var refused = await ReverseAsync(host, journalId);

        Assert.Equal("journal.not-posted", Assert.Single(refused.Errors).Code);
    }

    /// <summary>Every G/L account's balance and every customer entry's remaining amount.</summary>
    private static async Task<string> Balances(Persistence.BankReconDbContext db)
    {
        var gl = (await db.GlEntries.Select(e => new { e.GlAccountId, e.Amount }).ToListAsync())
            .GroupBy(e => e.GlAccountId).Select(g => (g.Key, g.Sum(e => e.Amount))).Where(b => b.Item2 != 0m).OrderBy(b => b.Key);
        var open = (await db.CustomerLedgerEntries.Where(e => e.Open).Select(e => new { e.DocumentNo, e.RemainingAmount }).ToListAsync())
            .OrderBy(e => e.DocumentNo, StringComparer.Ordinal);
        return string.Join(";", gl) + "|" + string.Join(";", open);
    }
}
