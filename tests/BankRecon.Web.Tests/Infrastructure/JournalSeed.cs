using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Journals;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// What <see cref="JournalSeed"/> put in a test site: a journal on NOK-DNB with three lines. KidLine: 1000.00 quoting the
/// KID of KidInvoice (High). TwinLine: 3000.00 from Fjordlys Energi AS, which has two open invoices of 3000.00
/// (FirstTwin, SecondTwin): Medium. FeeLine: −45.00 "Gebyr nettbank", nothing found.
/// </summary>
public sealed record SeededJournal(Guid JournalId, Guid KidLine, Guid TwinLine, Guid FeeLine, Guid KidInvoice, Guid FirstTwin, Guid SecondTwin);

/// <summary>
/// Puts the demo company (when the site has none) and one known journal into a test site's database, once per site.
/// The lines are written as an import would write them (there is no statement import in this branch yet).
/// </summary>
public static class JournalSeed
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static readonly Dictionary<BankReconAppFactory, SeededJournal> Seeded = [];

    public static async Task<SeededJournal> EnsureAsync(BankReconAppFactory site)
    {
        await Lock.WaitAsync();
        try
        {
            if (Seeded.TryGetValue(site, out var known)) return known;
            var seeded = await site.WithScopeAsync(SeedAsync);
            Seeded[site] = seeded;
            return seeded;
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>A fresh journal (with fresh invoices) for a test that changes it.</summary>
    public static async Task<SeededJournal> CreateAsync(BankReconAppFactory site)
    {
        await Lock.WaitAsync();
        try
        {
            return await site.WithScopeAsync(SeedAsync);
        }
        finally
        {
            Lock.Release();
        }
    }

    private static async Task<SeededJournal> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<BankReconDbContext>();
        if (!await db.CompanySettings.AnyAsync())
        {
            var demo = await services.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 0);
            Assert.True(demo.Succeeded, demo.Describe());
        }

        var post = services.GetRequiredService<PostDocumentHandler>();
        async Task<PostedDocumentSummary> InvoiceAsync(string customer, decimal amount)
        {
            var posted = await post.HandleAsync(new PostDocumentCommand(PostedDocumentKind.SalesInvoice, customer, [new PostDocumentLine("Varer", amount)], "seed",
                PaymentBankAccountNo: "NOK-DNB"), CancellationToken.None);
            Assert.True(posted.Succeeded, posted.Describe());
            return posted.Value;
        }

        var kid = await InvoiceAsync("10000", 1000m);
        var firstTwin = await InvoiceAsync("10020", 3000m);
        var secondTwin = await InvoiceAsync("10020", 3000m);
        var created = await services.GetRequiredService<CreateJournalHandler>().HandleAsync(new CreateJournalCommand("NOK-DNB", "seed"), CancellationToken.None);
        Assert.True(created.Succeeded, created.Describe());
        var journal = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == created.Value.Id);
        var date = journal.StatementDate;
        StatementLine Line(int no, decimal amount, string text, string? payer, string? reference) =>
            new(journal.Id, journal.BankAccountId, no, new StatementLineData(date, date, amount, "NOK", null, null, null, text, payer, null, reference,
                reference is null ? null : "KID", null, null, null, false, null), "webtest:" + journal.No + ":" + no.ToString(CultureInfo.InvariantCulture));
        var lines = new[]
        {
            Line(1, 1000m, "Betaling", "Nordlys Bygg AS", kid.PaymentReference),
            Line(2, 3000m, "Betaling", "Fjordlys Energi AS", null),
            Line(3, -45m, "Gebyr nettbank", null, null),
        };
        db.StatementLines.AddRange(lines);
        journal.ChangeHeader(journal.StatementNo, date, 0m, 3955m);
        await db.SaveChangesAsync();
        return new SeededJournal(journal.Id, lines[0].Id, lines[1].Id, lines[2].Id, kid.LedgerEntryId, firstTwin.LedgerEntryId, secondTwin.LedgerEntryId);
    }
}
