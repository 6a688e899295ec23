using BankRecon.Application.Common;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.Ledger;

public sealed class ListGlEntriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Filters_by_account_dates_document_and_transaction_newest_first(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 12))).Succeeded);
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(new PostDocumentCommand(
            PostedDocumentKind.SalesInvoice, "10000", [new PostDocumentLine("Kurs", 500m, "3010")], "accountant", new DateOnly(2025, 12, 31)),
            CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());

        Task<PagedList<GlEntryItem>> ListAsync(ListGlEntriesQuery query) =>
            host.RunAsync<ListGlEntriesHandler, PagedList<GlEntryItem>>(h => h.HandleAsync(query, CancellationToken.None));

        var all = await ListAsync(new ListGlEntriesQuery(PageSize: 200));
        var transaction = await ListAsync(new ListGlEntriesQuery(TransactionNo: posted.Value.TransactionNo));
        var document = await ListAsync(new ListGlEntriesQuery(DocumentNo: posted.Value.DocumentNo));
        var services = await ListAsync(new ListGlEntriesQuery(GlAccountNo: "3010"));
        var lastYear = await ListAsync(new ListGlEntriesQuery(To: new DateOnly(2025, 12, 31)));
        var fromThisYear = await ListAsync(new ListGlEntriesQuery(From: new DateOnly(2026, 1, 1), PageSize: 200));

        Assert.Equal(all.Items.Select(e => e.EntryNo).OrderDescending(), all.Items.Select(e => e.EntryNo));
        Assert.Equal(2, transaction.TotalCount);
        Assert.All(transaction.Items, e => Assert.Equal(posted.Value.DocumentNo, e.DocumentNo));
        Assert.Equal(0m, transaction.Items.Sum(e => e.Amount));
        Assert.Equal(transaction.Items.Select(e => e.EntryNo), document.Items.Select(e => e.EntryNo));
        var service = Assert.Single(services.Items);
        Assert.Equal((-500m, "3010", SourceType.Customer, "10000"), (service.Amount, service.GlAccountNo, service.SourceType, service.SourceNo));
        Assert.Equal(2, lastYear.TotalCount);
        Assert.Equal(all.TotalCount - 2, fromThisYear.TotalCount);
    }
}
