using BankRecon.Application.Common;
using BankRecon.Domain.Company;

namespace BankRecon.Application.Company;

/// <summary>
/// The company's settings as the top bar and the forms read them on every page view (ADR 0012). A company that is
/// not set up yet is never kept, so the first seeding shows at once.
/// </summary>
public sealed class CompanyProfileCache(TimeProvider clock) : ShortLivedCache<byte, CompanySettings>(clock, TimeSpan.FromSeconds(15), capacity: 1)
{
    public const byte Key = 0;
}
