using BankRecon.Application.BankAccounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.BankAccounts;

/// <summary>The company's bank accounts with ledger balance and last reconciled statement (a short list: no paging).</summary>
public sealed class IndexModel(ListBankAccountsHandler listBankAccounts) : PageModel
{
    public IReadOnlyList<BankAccountListItem> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await listBankAccounts.HandleAsync(cancellationToken);
}
