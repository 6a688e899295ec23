using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Company;

/// <param name="Name">The company's name, as in the top bar.</param>
/// <param name="LocalCurrency">ISO code of the currency the books are kept in (what a party without a currency uses).</param>
/// <param name="CountryCode">Two-letter country the company is in (the default for new cards).</param>
/// <param name="Today">The business date now, in the company's time zone.</param>
public sealed record CompanyProfile(string Name, string LocalCurrency, string CountryCode, DateOnly Today);

/// <summary>
/// The company's name, local currency and today, or null when no company is set up yet. The settings come from
/// <see cref="CompanyProfileCache"/> (every page view asks); today is worked out on each call.
/// </summary>
public sealed class GetCompanyProfileHandler(BankReconDbContext db, CompanyProfileCache cache, TimeProvider clock)
{
    public async Task<CompanyProfile?> HandleAsync(CancellationToken cancellationToken)
    {
        if (!cache.TryGet(CompanyProfileCache.Key, out var company))
        {
            company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (company is null) return null;
            cache.Set(CompanyProfileCache.Key, company);
        }

        return new CompanyProfile(company.Name, company.LocalCurrency, company.CountryCode, company.Today(clock));
    }
}
