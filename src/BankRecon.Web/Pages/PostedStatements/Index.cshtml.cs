using BankRecon.Application.BankAccounts;
using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.PostedStatements;

/// <summary>Posted payment reconciliations (the posted statements), for everyone including auditors: filter, sort, page.</summary>
public sealed class IndexModel(ListPostedJournalsHandler listJournals, ListBankAccountsHandler listBankAccounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "bank")]
    public Guid? BankAccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public JournalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    public SortOrder Sort { get; private set; }

    public IReadOnlyList<BankAccountListItem> BankAccounts { get; private set; } = [];

    public PagedList<PostedJournalListItem> Journals { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sort = SortOrder.Parse(SortParameter, "date", defaultDescending: true);
        BankAccounts = await listBankAccounts.HandleAsync(cancellationToken);
        Journals = await listJournals.HandleAsync(
            new ListPostedJournalsQuery(new PageRequest(PageNumber, PageSize), SortParameter, BankAccountId, Status, From, To, Search), cancellationToken);
    }
}
