using BankRecon.Application.Company;
using BankRecon.Application.Demo;
using BankRecon.Application.GlAccounts;
using BankRecon.Application.Parties;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.MasterData;

/// <summary>The small look-ups the card and form pages use: payment terms, one G/L account, the company profile.</summary>
public sealed class MasterDataQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Empty_database_has_no_company_no_terms_and_no_accounts(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);

        Assert.Null(await host.RunAsync<GetCompanyProfileHandler, CompanyProfile?>(h => h.HandleAsync(CancellationToken.None)));
        Assert.Empty(await host.RunAsync<ListPaymentTermsHandler, IReadOnlyList<PaymentTermsItem>>(h => h.HandleAsync(CancellationToken.None)));
        Assert.Null(await host.RunAsync<GetGlAccountHandler, GlAccountCard?>(h => h.HandleAsync("3000", CancellationToken.None)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Demo_company_terms_account_and_profile_read_back(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 4))).Succeeded);

        var profile = await host.RunAsync<GetCompanyProfileHandler, CompanyProfile?>(h => h.HandleAsync(CancellationToken.None));
        var terms = await host.RunAsync<ListPaymentTermsHandler, IReadOnlyList<PaymentTermsItem>>(h => h.HandleAsync(CancellationToken.None));
        var sales = await host.RunAsync<GetGlAccountHandler, GlAccountCard?>(h => h.HandleAsync("3000", CancellationToken.None));
        var receivables = await host.RunAsync<GetGlAccountHandler, GlAccountCard?>(h => h.HandleAsync("1500", CancellationToken.None));

        Assert.Equal(new CompanyProfile("Nordlys Demo AS", "NOK", "NO", new DateOnly(2026, 3, 31)), profile);
        Assert.Equal(["14D", "2-10-30", "30D", "CM+30D"], terms.Select(t => t.Code));
        var discount = terms.Single(t => t.Code == "2-10-30");
        Assert.Equal((2m, "10D", "30D"), (discount.DiscountPercent, discount.DiscountDateFormula, discount.DueDateFormula));
        Assert.NotNull(sales);
        Assert.Equal((GlAccountCategory.Income, GlAccountType.Posting, true), (sales.Category, sales.AccountType, sales.DirectPosting));
        Assert.True(sales.EntryCount >= 4);
        Assert.NotNull(receivables);
        Assert.False(receivables.DirectPosting);
        Assert.Equal(-sales.Balance, receivables.Balance);                        // all demo sales are NOK, no other G/L postings
    }
}
