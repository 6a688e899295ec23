using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Company;

/// <param name="Name">The company's name, as in the top bar.</param>
/// <param name="LocalCurrency">ISO code of the currency the books are kept in (what a party without a currency uses).</param>
/// <param name="CountryCode">Two-letter country the company is in (the default for new cards).</param>
/// <param name="Today">The business date now, in the company's time zone.</param>
public sealed record CompanyProfile(string Name, string LocalCurrency, string CountryCode, DateOnly Today);

/// <summary>The company's name, local currency and today, or null when no company is set up yet.</summary>
public sealed class GetCompanyProfileHandler(BankReconDbContext db, TimeProvider clock)
{
    public async Task<CompanyProfile?> HandleAsync(CancellationToken cancellationToken)
    {
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return company is null ? null : new CompanyProfile(company.Name, company.LocalCurrency, company.CountryCode, company.Today(clock));
    }
}
