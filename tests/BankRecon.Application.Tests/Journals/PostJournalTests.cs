using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using static BankRecon.Application.Tests.Journals.JournalTestHost;

namespace BankRecon.Application.Tests.Journals;

public sealed class PostJournalTests
{
    private const string Nok = "NOK-DNB";

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Posting_payments_closes_the_invoice_and_archives_the_journal_as_posted(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 1250m);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(1250m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 1250m)]),
            new TestLine(-49m, ApplicationAccountType.GlAccount, "7770", Text: "Gebyr"),
        ]);

        var posted = await PostAsync(host, journalId);

        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(2, posted.Value.LineCount);
        Assert.Equal(1, posted.Value.ClosedEntries);
        await host.QueryAsync(async db =>
        {
            var entry = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoice.LedgerEntryId);
            Assert.False(entry.Open);
            var payment = await db.CustomerLedgerEntries.SingleAsync(e => e.TransactionNo == posted.Value.TransactionNo);
            Assert.Equal(payment.EntryNo, entry.ClosedByEntryNo);
            Assert.Equal(entry.EntryNo, payment.ClosedByEntryNo);
            var journal = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId);
            Assert.Equal(JournalStatus.Posted, journal.Status);
            Assert.Equal("accountant", journal.PostedBy);
            Assert.False(journal.Reconciled);
            Assert.Equal(posted.Value.TransactionNo, journal.PostedTransactionNo);
            var bankEntries = await db.BankAccountLedgerEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).ToListAsync();
            Assert.Equal(2, bankEntries.Count);
            Assert.All(bankEntries, e => Assert.True(e.Open));
            var register = await db.GlRegisters.SingleAsync(r => r.TransactionNo == posted.Value.TransactionNo);
            Assert.Equal("PAYMENT-RECON", register.SourceCode);
            Assert.Equal("2026-03", register.DocumentNo);
            return 0;
        });
        await AssertInvariantsAsync(host);

        var again = await PostAsync(host, journalId);
        Assert.Equal(ResultStatus.Conflict, again.Status);
        Assert.Contains("already been posted", again.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Partial_payment_leaves_the_rest_open(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 1000m);
        var journalId = await JournalAsync(host, Nok, [new TestLine(400m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 400m)])]);

        Assert.True((await PostAsync(host, journalId)).Succeeded);

        var entry = await host.QueryAsync(db => db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoice.LedgerEntryId));
        Assert.True(entry.Open);
        Assert.Equal(600m, entry.RemainingAmount);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task One_payment_for_several_invoices_closes_them_all(string provider)
    {
        await using var host = await DemoAsync(provider);
        var first = await InvoiceAsync(host, "10000", 1000m);
        var second = await InvoiceAsync(host, "10000", 234.56m);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(1234.56m, ApplicationAccountType.Customer, "10000", [(first.LedgerEntryId, 1000m), (second.LedgerEntryId, 234.56m)]),
        ]);

        var posted = await PostAsync(host, journalId);

        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(2, posted.Value.ClosedEntries);
        Assert.Equal(0, await host.QueryAsync(db => db.CustomerLedgerEntries.CountAsync(e => (e.Id == first.LedgerEntryId || e.Id == second.LedgerEntryId) && e.Open)));
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Discount_on_time_and_tolerance_close_their_invoices(string provider)
    {
        await using var host = await DemoAsync(provider);

        // Customer 10030 has 2 % / 10 days: invoice of 2026-03-11 has discount date 2026-03-21 (+3 grace days).
        var discounted = await InvoiceAsync(host, "10030", 1000m);
        var tolerated = await InvoiceAsync(host, "10000", 2000m);           // tolerance 0.5 % = 10.00
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(980m, ApplicationAccountType.Customer, "10030", [(discounted.LedgerEntryId, 980m)], BookingDate: new DateOnly(2026, 3, 23)),
            new TestLine(1993m, ApplicationAccountType.Customer, "10000", [(tolerated.LedgerEntryId, 1993m)]),
        ]);

        var posted = await PostAsync(host, journalId);

        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(20m, posted.Value.PaymentDiscount);
        Assert.Equal(7m, posted.Value.PaymentTolerance);
        await host.QueryAsync(async db =>
        {
            Assert.False((await db.CustomerLedgerEntries.SingleAsync(e => e.Id == discounted.LedgerEntryId)).Open);
            Assert.False((await db.CustomerLedgerEntries.SingleAsync(e => e.Id == tolerated.LedgerEntryId)).Open);
            var discountAccount = await db.GlAccounts.SingleAsync(a => a.No == "3080");
            var toleranceAccount = await db.GlAccounts.SingleAsync(a => a.No == "7790");
            var gl = await db.GlEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).ToListAsync();
            Assert.Equal(20m, gl.Where(e => e.GlAccountId == discountAccount.Id).Sum(e => e.Amount));
            Assert.Equal(7m, gl.Where(e => e.GlAccountId == toleranceAccount.Id).Sum(e => e.Amount));
            return 0;
        });
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Foreign_currency_payment_books_the_realized_gain(string provider)
    {
        await using var host = await DemoAsync(provider);

        // Invoiced at 11.4825 NOK/EUR (before 2026-02-14), paid at 11.6230.
        var invoice = await InvoiceAsync(host, "30020", 1000m, new DateOnly(2026, 1, 15));
        var journalId = await JournalAsync(host, "EUR-NORDEA", [new TestLine(1000m, ApplicationAccountType.Customer, "30020", [(invoice.LedgerEntryId, 1000m)])]);

        var posted = await PostAsync(host, journalId);

        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(140.50m, posted.Value.RealizedFxLocal);
        await host.QueryAsync(async db =>
        {
            var gain = await db.GlAccounts.SingleAsync(a => a.No == "8060");
            Assert.Equal(-140.50m, (await db.GlEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo && e.GlAccountId == gain.Id).ToListAsync()).Sum(e => e.Amount));
            var bank = await db.BankAccountLedgerEntries.SingleAsync(e => e.TransactionNo == posted.Value.TransactionNo);
            Assert.Equal(("EUR", 1000m, 11623.00m), (bank.Currency, bank.Amount, bank.AmountLocal));
            return 0;
        });
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Vendor_payment_and_reconcile_move_the_bank_statement_on(string provider)
    {
        await using var host = await DemoAsync(provider);
        var bill = await PurchaseInvoiceAsync(host, "50000", 700m);
        var invoice = await InvoiceAsync(host, "10000", 300m);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(-700m, ApplicationAccountType.Vendor, "50000", [(bill.LedgerEntryId, -700m)]),
            new TestLine(300m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 300m)]),
        ], balanceLastStatement: 10_000m, endingBalance: 9_600m);

        var posted = await PostAsync(host, journalId, reconcile: true);

        Assert.True(posted.Succeeded, posted.Describe());
        await host.QueryAsync(async db =>
        {
            Assert.False((await db.VendorLedgerEntries.SingleAsync(e => e.Id == bill.LedgerEntryId)).Open);
            var bank = await db.BankAccounts.SingleAsync(b => b.No == Nok);
            Assert.Equal(("2026-03", 9_600m), (bank.LastStatementNo, bank.BalanceLastStatement));
            var entries = await db.BankAccountLedgerEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).OrderBy(e => e.EntryNo).ToListAsync();
            Assert.All(entries, e => Assert.Equal((StatementStatus.Closed, "2026-03"), (e.StatementStatus, e.StatementNo)));
            Assert.Equal([1, 2], entries.Select(e => e.StatementLineNo ?? 0));
            Assert.True((await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId)).Reconciled);
            return 0;
        });
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reconcile_is_refused_when_the_lines_do_not_add_up_to_the_statement(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 300m);
        var journalId = await JournalAsync(host, Nok, [new TestLine(300m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 300m)])],
            balanceLastStatement: 1000m, endingBalance: 1250m);

        var refused = await PostAsync(host, journalId, reconcile: true);

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("journal.balance-mismatch", error.Code);
        Assert.Contains("250.00", error.Message, StringComparison.Ordinal);
        Assert.Equal(JournalStatus.Open, (await host.QueryAsync(db => db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId))).Status);
        Assert.True((await PostAsync(host, journalId, reconcile: false)).Succeeded);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Lines_with_a_difference_or_no_account_are_refused_with_a_reason_each_and_nothing_is_written(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 1000m);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(1000m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 1000m)]),
            new TestLine(1100m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 900m)]),
            new TestLine(-75m),
        ]);
        var entriesBefore = await host.QueryAsync(db => db.GlEntries.CountAsync());

        var refused = await PostAsync(host, journalId);

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Equal([("line.difference", "Lines[2]"), ("line.not-applied", "Lines[3]")], refused.Errors.Select(e => (e.Code, e.Field)));
        Assert.Contains("Line 2", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(entriesBefore, await host.QueryAsync(db => db.GlEntries.CountAsync()));
        Assert.True((await host.QueryAsync(db => db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoice.LedgerEntryId))).Open);
        Assert.Equal(JournalStatus.Open, (await host.QueryAsync(db => db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId))).Status);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Stale_version_is_refused_and_the_journal_stays_open_and_intact(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 500m);
        var journalId = await JournalAsync(host, Nok, [new TestLine(500m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 500m)])]);
        var seen = await host.QueryAsync(db => db.PaymentReconciliationJournals.Where(j => j.Id == journalId).Select(j => j.Version).SingleAsync());
        await using (var db = host.Database.NewContext())
        {
            var journal = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journalId);
            journal.ChangeHeader("2026-03B", journal.StatementDate, journal.BalanceLastStatement, journal.StatementEndingBalance);
            await db.SaveChangesAsync();
        }

        var refused = await PostAsync(host, journalId, expectedVersion: seen);

        Assert.Equal(ResultStatus.Conflict, refused.Status);
        Assert.Contains("changed by someone else", refused.Describe(), StringComparison.Ordinal);
        var line = await host.QueryAsync(db => db.StatementLines.SingleAsync(l => l.JournalId == journalId));
        Assert.Equal(500m, line.AppliedAmount);
        Assert.True((await PostAsync(host, journalId, expectedVersion: seen + 1)).Succeeded);
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Two_people_posting_the_same_journal_at_once_exactly_one_succeeds(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 800m);
        var journalId = await JournalAsync(host, Nok, [
            new TestLine(800m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 800m)]),
            new TestLine(-25m, ApplicationAccountType.GlAccount, "7770"),
        ]);

        var results = await Task.WhenAll(
            Task.Run(() => PostAsync(host, journalId, user: "anna")),
            Task.Run(() => PostAsync(host, journalId, user: "bjorn")));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.True(loser.Status == ResultStatus.Conflict, loser.Describe());
        Assert.Equal(1, await host.QueryAsync(db => db.GlRegisters.CountAsync(r => r.SourceCode == "PAYMENT-RECON")));
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Two_journals_applying_the_same_invoice_the_second_is_refused_for_that_invoice(string provider)
    {
        await using var host = await DemoAsync(provider);
        var invoice = await InvoiceAsync(host, "10000", 900m);
        var first = await JournalAsync(host, Nok, [new TestLine(900m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 900m)])], statementNo: "A");
        var second = await JournalAsync(host, Nok, [new TestLine(900m, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 900m)])], statementNo: "B");

        var results = await Task.WhenAll(Task.Run(() => PostAsync(host, first)), Task.Run(() => PostAsync(host, second)));

        Assert.Single(results, r => r.Succeeded);
        var refused = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(("line.entry-closed", "Lines[1]"), (refused.Errors[0].Code, refused.Errors[0].Field));
        var entry = await host.QueryAsync(db => db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoice.LedgerEntryId));
        Assert.Equal(0m, entry.RemainingAmount);
        Assert.Equal(1, await host.QueryAsync(db => db.DetailedLedgerEntries.CountAsync(d => d.LedgerEntryId == invoice.LedgerEntryId && d.EntryType == DetailedEntryType.Application)));
        await AssertInvariantsAsync(host);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task A_long_statement_is_written_in_bulk_with_the_same_values_the_change_tracker_writes(string provider)
    {
        await using var host = await DemoAsync(provider);
        var lines = new List<TestLine>();
        var invoices = new List<Guid>();
        for (var i = 0; i < 45; i++)
        {
            var invoice = await InvoiceAsync(host, "10000", 100m + i);
            invoices.Add(invoice.LedgerEntryId);
            lines.Add(new TestLine(100m + i, ApplicationAccountType.Customer, "10000", [(invoice.LedgerEntryId, 100m + i)]));
        }

        lines.Add(new TestLine(-15.25m, ApplicationAccountType.GlAccount, "7770", Text: "Gebyr æøå"));
        var journalId = await JournalAsync(host, Nok, lines, balanceLastStatement: 500m);

        var posted = await PostAsync(host, journalId, reconcile: true);

        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(45, posted.Value.ClosedEntries);
        await host.QueryAsync(async db =>
        {
            var transactionNo = posted.Value.TransactionNo;
            var written = await db.DetailedLedgerEntries.CountAsync(d => d.TransactionNo == transactionNo) + await db.GlEntries.CountAsync(e => e.TransactionNo == transactionNo)
                + await db.BankAccountLedgerEntries.CountAsync(e => e.TransactionNo == transactionNo) + await db.CustomerLedgerEntries.CountAsync(e => e.TransactionNo == transactionNo);
            Assert.True(written >= BankRecon.Application.Ledger.LedgerBulkInsert.Threshold, $"Only {written} entries: the bulk path was not taken.");
            var fee = await db.BankAccountLedgerEntries.SingleAsync(e => e.TransactionNo == transactionNo && e.Amount < 0);
            Assert.Equal((new DateOnly(2026, 3, 31), -15.25m, -15.25m, "NOK", "Gebyr æøå"), (fee.PostingDate, fee.Amount, fee.AmountLocal, fee.Currency, fee.Description));
            Assert.Equal((StatementStatus.Closed, "2026-03", 46, false), (fee.StatementStatus, fee.StatementNo, fee.StatementLineNo, fee.Open));
            Assert.Equal(DateTimeKind.Utc, fee.PostedAtUtc.Kind);
            Assert.Equal(new DateTime(2026, 3, 31, 10, 0, 0, DateTimeKind.Utc), fee.PostedAtUtc);
            var payment = await db.CustomerLedgerEntries.Where(e => e.TransactionNo == transactionNo).OrderBy(e => e.EntryNo).FirstAsync();
            Assert.Equal((DocumentType.Payment, -100m, new DateOnly(2026, 3, 30), false), (payment.DocumentType, payment.Amount, payment.DocumentDate, payment.Open));
            var first = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == invoices[0]);
            Assert.Equal(payment.EntryNo, first.ClosedByEntryNo);
            Assert.Equal(first.EntryNo, payment.ClosedByEntryNo);
            return 0;
        });
        await AssertInvariantsAsync(host);
    }
}
