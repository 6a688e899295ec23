using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Payments;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Ledger;

public sealed class PostDocumentTests
{
    private static async Task<ApplicationHost> DemoAsync(string provider)
    {
        var host = await ApplicationHost.CreateAsync(provider);
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 5));
        Assert.True(seeded.Succeeded, seeded.Describe());
        return host;
    }

    private static Task<Result<PostedDocumentSummary>> PostAsync(ApplicationHost host, PostDocumentCommand command) =>
        host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(command, CancellationToken.None));

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Sales_invoice_creates_an_open_entry_with_kid_due_date_and_balanced_gl(string provider)
    {
        await using var host = await DemoAsync(provider);
        var posted = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.SalesInvoice, "10030",
            [new PostDocumentLine("Epler", 1000m), new PostDocumentLine("Pærer", 250.50m, "3010")], "accountant",
            new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)));
        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal(1250.50m, posted.Value.Total);
        Assert.Equal(new DateOnly(2026, 3, 31), posted.Value.DueDate);          // 2-10-30 terms
        Assert.True(PaymentReference.IsValidKidMod10(posted.Value.PaymentReference));

        await host.QueryAsync(async db =>
        {
            var entry = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == posted.Value.LedgerEntryId);
            Assert.True(entry.Open);
            Assert.Equal(1250.50m, entry.RemainingAmount);
            Assert.Equal(new DateOnly(2026, 3, 11), entry.PmtDiscountDate);
            Assert.Equal(25.01m, entry.RemainingPmtDiscountPossible);              // 2 % of 1250.50, half away from zero
            var gl = await db.GlEntries.Where(e => e.TransactionNo == posted.Value.TransactionNo).ToListAsync();
            Assert.Equal(3, gl.Count);
            Assert.Equal(0m, gl.Sum(e => e.Amount));
            Assert.NotNull(await db.GlRegisters.SingleOrDefaultAsync(r => r.TransactionNo == posted.Value.TransactionNo));
            await LedgerInvariants.AssertHoldAsync(db);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Foreign_currency_invoice_is_converted_at_the_posting_date_rate(string provider)
    {
        await using var host = await DemoAsync(provider);
        var posted = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.SalesInvoice, "30020",
            [new PostDocumentLine("Kaffe", 100m)], "accountant", host.Clock.Now is var now ? DateOnly.FromDateTime(now.UtcDateTime) : null));
        Assert.True(posted.Succeeded, posted.Describe());
        Assert.Equal("EUR", posted.Value.Currency);
        Assert.True(PaymentReference.IsValidRf(posted.Value.PaymentReference));
        await host.QueryAsync(async db =>
        {
            var entry = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == posted.Value.LedgerEntryId);
            Assert.Equal(1162.30m, entry.AmountLocal);                               // 100 EUR × 11.6230
            await LedgerInvariants.AssertHoldAsync(db);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Bad_documents_are_refused_with_a_reason_and_nothing_is_written(string provider)
    {
        await using var host = await DemoAsync(provider);
        var before = await host.QueryAsync(db => db.GlEntries.CountAsync());

        var unknown = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.SalesInvoice, "99999", [new PostDocumentLine("x", 1m)], "a"));
        Assert.Contains("does not exist", unknown.Describe());
        var negative = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.SalesInvoice, "10000", [new PostDocumentLine("x", -5m)], "a"));
        Assert.Contains("greater than zero", negative.Describe());
        var noExternal = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.PurchaseInvoice, "50000", [new PostDocumentLine("x", 5m)], "a"));
        Assert.Contains("External document no", noExternal.Describe());
        var first = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.PurchaseInvoice, "50000", [new PostDocumentLine("x", 5m)], "a", ExternalDocumentNo: "INV-1"));
        Assert.True(first.Succeeded, first.Describe());
        var duplicate = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.PurchaseInvoice, "50000", [new PostDocumentLine("x", 5m)], "a", ExternalDocumentNo: "INV-1"));
        Assert.Equal(ResultStatus.Conflict, duplicate.Status);

        Assert.Equal(before + 2, await host.QueryAsync(db => db.GlEntries.CountAsync()));
        await host.QueryAsync(async db => { await LedgerInvariants.AssertHoldAsync(db); return 0; });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reversing_a_posting_restores_every_balance_and_cannot_be_done_twice(string provider)
    {
        await using var host = await DemoAsync(provider);
        var balancesBefore = await host.QueryAsync(Balances);
        var posted = await PostAsync(host, new PostDocumentCommand(PostedDocumentKind.SalesInvoice, "10000", [new PostDocumentLine("Tømmer", 999.99m)], "accountant"));
        Assert.True(posted.Succeeded);

        var reversed = await host.RunAsync<ReverseTransactionHandler, Result<long>>(h =>
            h.HandleAsync(new ReverseTransactionCommand(posted.Value.TransactionNo, "accountant"), CancellationToken.None));
        Assert.True(reversed.Succeeded, reversed.Describe());
        Assert.Equal(balancesBefore, await host.QueryAsync(Balances));
        await host.QueryAsync(async db =>
        {
            var original = await db.CustomerLedgerEntries.SingleAsync(e => e.Id == posted.Value.LedgerEntryId);
            Assert.True(original.Reversed);
            Assert.False(original.Open);
            Assert.Equal(original.Amount, original.Amount);           // amounts are never edited
            Assert.Equal(999.99m, original.Amount);
            await LedgerInvariants.AssertHoldAsync(db);
            return 0;
        });

        var twice = await host.RunAsync<ReverseTransactionHandler, Result<long>>(h =>
            h.HandleAsync(new ReverseTransactionCommand(posted.Value.TransactionNo, "accountant"), CancellationToken.None));
        Assert.Contains("already been reversed", twice.Describe());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_postings_get_unique_gapless_entry_numbers(string provider)
    {
        await using var host = await DemoAsync(provider);
        // More posters than PostingRetry has attempts: they must queue, not fail after a run of lost races.
        const int posters = PostingRetry.Attempts * 2;
        var tasks = Enumerable.Range(0, posters).Select(i => Task.Run(() => PostAsync(host, new PostDocumentCommand(
            PostedDocumentKind.SalesInvoice, "10010", [new PostDocumentLine("Torsk", 100m + i)], $"user{i}")))).ToList();
        var results = await Task.WhenAll(tasks);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Describe()));
        Assert.Equal(posters, results.Select(r => r.Value.DocumentNo).Distinct().Count());
        await host.QueryAsync(async db => { await LedgerInvariants.AssertHoldAsync(db); return 0; });
    }

    private static async Task<Dictionary<Guid, decimal>> Balances(BankRecon.Persistence.BankReconDbContext db) =>
        (await db.GlEntries.AsNoTracking().Select(e => new { e.GlAccountId, e.Amount }).ToListAsync())
            .GroupBy(e => e.GlAccountId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
}
