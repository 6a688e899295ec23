using BankRecon.Application.Dashboard;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Users;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Dashboard;

public sealed class GetDashboardSummaryTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Without_a_company_only_the_administrator_sees_a_figure(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        await host.RunAsync<SeedDemoUsersHandler, Result<int>>(h => h.HandleAsync(CancellationToken.None));

        var admin = await host.RunAsync<GetDashboardSummaryHandler, DashboardSummary>(h => h.HandleAsync(UserRole.Administrator, CancellationToken.None));
        var auditor = await host.RunAsync<GetDashboardSummaryHandler, DashboardSummary>(h => h.HandleAsync(UserRole.Auditor, CancellationToken.None));

        Assert.Equal(["Users"], admin.Figures.Select(f => f.Key));
        Assert.Empty(auditor.Figures);
        Assert.Empty(auditor.Amounts);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Receivables_figures_are_counted_from_the_ledger_and_overdue_amounts_are_kept_per_currency(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 60))).Succeeded);

        var summary = await host.RunAsync<GetDashboardSummaryHandler, DashboardSummary>(h => h.HandleAsync(UserRole.Bookkeeper, CancellationToken.None));

        var today = new DateOnly(2026, 3, 31);                                    // the fake clock, in Oslo
        var expected = await host.QueryAsync(async db =>
        {
            var open = await db.CustomerLedgerEntries.Where(e => e.Open).ToListAsync();
            return new
            {
                Customers = await db.Customers.CountAsync(),
                Open = open.Count(e => e.DocumentType == BankRecon.Domain.Ledger.DocumentType.Invoice),
                Overdue = open.Where(e => e.DueDate < today).ToList(),
            };
        });
        var figures = summary.Figures.ToDictionary(f => f.Key, f => f.Count);
        Assert.Equal(expected.Customers, figures["Customers"]);
        Assert.Equal(60, figures["OpenInvoices"]);
        Assert.Equal(expected.Open, figures["OpenInvoices"]);
        Assert.Equal(expected.Overdue.Count, figures["OverdueEntries"]);
        Assert.InRange(figures["OverdueEntries"], 1, 59);                          // the demo spreads invoices around today
        Assert.False(figures.ContainsKey("Users"));
        Assert.Equal(
            expected.Overdue.GroupBy(e => e.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(e => e.RemainingAmount))),
            summary.Amounts.Select(a => (a.Currency, a.Amount)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Figures_counted_once_follow_every_posting_and_the_next_day(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 10))).Succeeded);
        async Task<Dictionary<string, int>> FiguresAsync() =>
            (await host.RunAsync<GetDashboardSummaryHandler, DashboardSummary>(h => h.HandleAsync(UserRole.Bookkeeper, CancellationToken.None)))
            .Figures.ToDictionary(f => f.Key, f => f.Count);

        var before = await FiguresAsync();
        Assert.Equal(before, await FiguresAsync());                             // the second view is served from the cache
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(new PostDocumentCommand(
            PostedDocumentKind.SalesInvoice, "10000", [new PostDocumentLine("Tømmer", 500m)], "accountant",
            new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 2)), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        var afterPosting = await FiguresAsync();
        host.Clock.Advance(TimeSpan.FromDays(400));
        var nextYear = await FiguresAsync();

        Assert.Equal(before["OpenInvoices"] + 1, afterPosting["OpenInvoices"]);
        Assert.Equal(before["OverdueEntries"] + 1, afterPosting["OverdueEntries"]);   // due long before the clock's today
        Assert.True(nextYear["OverdueEntries"] > afterPosting["OverdueEntries"]);
        Assert.True(nextYear["OverdueEntries"] >= nextYear["OpenInvoices"]);         // a year on, every open invoice is overdue
    }
}
