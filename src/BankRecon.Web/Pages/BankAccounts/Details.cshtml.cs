using BankRecon.Application.BankAccounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.BankAccounts;

/// <summary>A bank account card: numbers, G/L account, matching tolerance, payment references, balances.</summary>
public sealed class DetailsModel(GetBankAccountHandler getBankAccount) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string No { get; set; } = "";

    public BankAccountCard? Account { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Account = await getBankAccount.HandleAsync(No, cancellationToken);
        return Account is null ? NotFound() : Page();
    }
}
