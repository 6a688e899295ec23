using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Statements;

namespace BankRecon.Web.Tests;

/// <summary>The top bar names the company from its settings in the database, not from a fixed text.</summary>
public sealed class CompanyNameTests(ImportSiteFactory site) : IClassFixture<ImportSiteFactory>
{
    [Fact]
    public async Task Top_bar_shows_the_name_of_the_company_set_up_in_the_database()
    {
        await site.EnsureDemoCompanyAsync();
        var client = await site.SignedInAsync(UserRole.Auditor);

        var home = await client.GetAsync("/");

        Assert.Equal("Nordlys Demo AS", home.Document.QuerySelector(".topbar .company")?.TextContent.Trim());
    }
}
