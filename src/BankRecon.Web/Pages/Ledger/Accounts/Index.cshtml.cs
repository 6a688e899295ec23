using BankRecon.Application.Company;
using BankRecon.Application.GlAccounts;
using BankRecon.Domain.Ledger;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Ledger.Accounts;

/// <summary>The chart of accounts with balances; filter by category.</summary>
public sealed class IndexModel(ListGlAccountsHandler listGlAccounts, GetCompanyProfileHandler company) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "category")]
    public GlAccountCategory? Category { get; set; }

    public IReadOnlyList<GlAccountListItem> Accounts { get; private set; } = [];

    public string? LocalCurrency { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await listGlAccounts.HandleAsync(cancellationToken);
        Accounts = Category is { } category ? [.. all.Where(a => a.Category == category)] : all;
        LocalCurrency = (await company.HandleAsync(cancellationToken))?.LocalCurrency;
    }
}
