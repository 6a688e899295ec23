using BankRecon.Application.Common;
using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;

namespace BankRecon.Web.Parties;

/// <summary>Customer or vendor list: search, blocked filter, sort, paging; balance in the party's currency.</summary>
public abstract class PartyListModel(ListPartiesHandler listParties, GetCompanyProfileHandler company) : PartyPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>"yes" (blocked only), "no" (not blocked) or empty (all).</summary>
    [BindProperty(SupportsGet = true, Name = "blocked")]
    public string? BlockedFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    public SortOrder Sort { get; private set; }

    public PagedList<PartyListItem> Parties { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    /// <summary>Currency of parties that have none of their own.</summary>
    public string? LocalCurrency { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sort = SortOrder.Parse(SortParameter, "no");
        bool? blocked = BlockedFilter switch { "yes" => true, "no" => false, _ => null };
        Parties = await listParties.HandleAsync(
            new ListPartiesQuery(Type, Search, blocked, SortParameter, PageNumber, PageSize), cancellationToken);
        LocalCurrency = (await company.HandleAsync(cancellationToken))?.LocalCurrency;
    }
}
