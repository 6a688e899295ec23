using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.Ledger;

public sealed class GetPartyLedgerEntryTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Entry_comes_with_its_document_and_the_balanced_gl_entries_of_its_transaction(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 3))).Succeeded);
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(new PostDocumentCommand(
            PostedDocumentKind.SalesInvoice, "10030", [new PostDocumentLine("Epler", 800m), new PostDocumentLine("Kurs", 200m, "3010")], "accountant",
            new DateOnly(2026, 2, 1), ExternalDocumentNo: "PO-77"), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());
        var entryNo = await host.QueryAsync(db => Task.FromResult(db.CustomerLedgerEntries.Single(e => e.Id == posted.Value.LedgerEntryId).EntryNo));

        var entry = await host.RunAsync<GetPartyLedgerEntryHandler, PartyLedgerEntryDetail?>(h => h.HandleAsync(PartyType.Customer, entryNo, CancellationToken.None));

        Assert.NotNull(entry);
        Assert.Equal(("10030", "Hardanger Frukt og Bær AS"), (entry.PartyNo, entry.PartyName));
        Assert.Equal((DocumentType.Invoice, posted.Value.DocumentNo, "PO-77"), (entry.DocumentType, entry.DocumentNo, entry.ExternalDocumentNo));
        Assert.Equal((1000m, 1000m, true), (entry.Amount, entry.RemainingAmount, entry.Open));
        Assert.Equal(posted.Value.PaymentReference, entry.PaymentReference);
        Assert.Equal(new DateOnly(2026, 3, 3), entry.DueDate);                   // 2-10-30 terms: 30 days
        Assert.True(entry.IsOverdue);                                             // the fake clock says 2026-03-31
        Assert.Equal((PostedDocumentKind.SalesInvoice, posted.Value.DocumentNo), (entry.PostedDocumentKind!.Value, entry.PostedDocumentNo));
        Assert.Equal(posted.Value.TransactionNo, entry.TransactionNo);
        Assert.Equal(3, entry.GlEntries.Count);
        Assert.Equal(0m, entry.GlEntries.Sum(g => g.Amount));
        Assert.Equal(["1500", "3000", "3010"], entry.GlEntries.Select(g => g.GlAccountNo).Order(StringComparer.Ordinal));
        Assert.Equal(entry.GlEntries.Select(g => g.EntryNo).Order(), entry.GlEntries.Select(g => g.EntryNo));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Reversed_entry_shows_its_reversal_and_an_unknown_number_is_null(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 1))).Succeeded);
        var entryNo = 1L;
        var original = await host.RunAsync<GetPartyLedgerEntryHandler, PartyLedgerEntryDetail?>(h => h.HandleAsync(PartyType.Customer, entryNo, CancellationToken.None));
        Assert.NotNull(original);
        var reversed = await host.RunAsync<ReverseTransactionHandler, Result<long>>(h =>
            h.HandleAsync(new ReverseTransactionCommand(original.TransactionNo, "accountant"), CancellationToken.None));
        Assert.True(reversed.Succeeded, reversed.Describe());

        var after = await host.RunAsync<GetPartyLedgerEntryHandler, PartyLedgerEntryDetail?>(h => h.HandleAsync(PartyType.Customer, entryNo, CancellationToken.None));
        var missing = await host.RunAsync<GetPartyLedgerEntryHandler, PartyLedgerEntryDetail?>(h => h.HandleAsync(PartyType.Customer, 999_999, CancellationToken.None));
        var asVendor = await host.RunAsync<GetPartyLedgerEntryHandler, PartyLedgerEntryDetail?>(h => h.HandleAsync(PartyType.Vendor, 999_999, CancellationToken.None));

        Assert.NotNull(after);
        Assert.True(after.Reversed);
        Assert.False(after.Open);
        Assert.False(after.IsOverdue);
        Assert.NotNull(after.ReversedByEntryNo);
        Assert.All(after.GlEntries, g => Assert.True(g.Reversed));
        Assert.Null(missing);
        Assert.Null(asVendor);
    }
}
