using BankRecon.Application.Demo;
using BankRecon.Application.Ledger;
using BankRecon.Application.Parties;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Payments;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Ledger;

public sealed class DemoCompanyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Demo_company_has_parties_bank_accounts_and_open_invoices_with_valid_references(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, BankRecon.Domain.Common.Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 120));
        Assert.True(seeded.Succeeded, seeded.Describe());
        Assert.True(seeded.Value.Customers >= 30);
        Assert.True(seeded.Value.Vendors >= 10);

        await host.QueryAsync(async db =>
        {
            Assert.Equal(120, await db.CustomerLedgerEntries.CountAsync(e => e.Open && e.DocumentType == DocumentType.Invoice));
            var banks = await db.BankAccounts.ToListAsync();
            Assert.Equal(new[] { "EUR", "NOK", "SEK" }, banks.Select(b => b.Currency).Order());
            foreach (var entry in await db.CustomerLedgerEntries.ToListAsync())
            {
                Assert.False(string.IsNullOrEmpty(entry.PaymentReference), $"Invoice {entry.DocumentNo} has no payment reference.");
                var kind = entry.Currency switch { "NOK" => PaymentReferenceKind.KidMod10, "SEK" => PaymentReferenceKind.OcrWithLength, _ => PaymentReferenceKind.Rf };
                Assert.True(PaymentReference.IsValid(kind, entry.PaymentReference), $"{entry.PaymentReference} is not a valid {kind}.");
            }

            await LedgerInvariants.AssertHoldAsync(db);
            return 0;
        });

        var again = await host.RunAsync<SeedDemoCompanyHandler, BankRecon.Domain.Common.Result<DemoSeedSummary>>(h => h.HandleAsync());
        Assert.False(again.Succeeded);

        var list = await host.RunAsync<ListPartiesHandler, BankRecon.Application.Common.PagedList<PartyListItem>>(h =>
            h.HandleAsync(new ListPartiesQuery(PartyType.Customer, Search: "bergen", Sort: "-open"), CancellationToken.None));
        Assert.Contains(list.Items, p => p.Name == "Bergen Fiskeeksport AS");
        // Nordic capitals fold like their small letters on SQLite too (its own lower() folds ASCII only)
        foreach (var search in new[] { "ålesund båt", "ÅLESUND BÅT" })
        {
            var found = await host.RunAsync<ListPartiesHandler, BankRecon.Application.Common.PagedList<PartyListItem>>(h =>
                h.HandleAsync(new ListPartiesQuery(PartyType.Customer, Search: search), CancellationToken.None));
            Assert.Equal("Ålesund Båtutstyr AS", Assert.Single(found.Items).Name);
        }

        var all = await host.RunAsync<ListPartyLedgerEntriesHandler, (BankRecon.Application.Common.PagedList<PartyLedgerEntryItem>, DateOnly)>(h =>
            h.HandleAsync(new ListPartyLedgerEntriesQuery(PartyType.Customer, Status: EntryStatusFilter.All), CancellationToken.None));
        Assert.Equal(await host.QueryAsync(db => db.CustomerLedgerEntries.CountAsync()), all.Item1.TotalCount);

        var entries = await host.RunAsync<ListPartyLedgerEntriesHandler, (BankRecon.Application.Common.PagedList<PartyLedgerEntryItem>, DateOnly)>(h =>
            h.HandleAsync(new ListPartyLedgerEntriesQuery(PartyType.Customer, OverdueOnly: true, Sort: "due"), CancellationToken.None));
        Assert.All(entries.Item1.Items, e => Assert.True(e.IsOverdue && e.DueDate < entries.Item2));
    }
}
