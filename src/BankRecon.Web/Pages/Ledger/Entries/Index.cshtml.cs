using BankRecon.Application.Common;
using BankRecon.Application.GlAccounts;
using BankRecon.Application.Ledger;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Ledger.Entries;

/// <summary>G/L entries, newest first: by account, posting dates, document or transaction.</summary>
public sealed class IndexModel(ListGlEntriesHandler listGlEntries, ListGlAccountsHandler listGlAccounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "account")]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "document")]
    public string? Document { get; set; }

    [BindProperty(SupportsGet = true, Name = "transaction")]
    public long? Transaction { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    public PagedList<GlEntryItem> Entries { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    /// <summary>For the account picker.</summary>
    public IReadOnlyList<GlAccountListItem> Accounts { get; private set; } = [];

    /// <summary>The account named in the filter, to show its name and balance above the list.</summary>
    public GlAccountListItem? SelectedAccount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await listGlEntries.HandleAsync(
            new ListGlEntriesQuery(Account, From, To, Document, Transaction, PageNumber, PageSize), cancellationToken);
        Accounts = await listGlAccounts.HandleAsync(cancellationToken);
        SelectedAccount = string.IsNullOrWhiteSpace(Account) ? null : Accounts.FirstOrDefault(a => a.No == Account.Trim());
    }
}
