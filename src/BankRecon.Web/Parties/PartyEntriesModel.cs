using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;

namespace BankRecon.Web.Parties;

/// <summary>Customer or vendor ledger entries: open/closed/all, due-date range, overdue only, search, one party.</summary>
public abstract class PartyEntriesModel(ListPartyLedgerEntriesHandler listEntries) : PartyPageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public EntryStatusFilter Status { get; set; } = EntryStatusFilter.Open;

    [BindProperty(SupportsGet = true, Name = "dueFrom")]
    public DateOnly? DueFrom { get; set; }

    [BindProperty(SupportsGet = true, Name = "dueTo")]
    public DateOnly? DueTo { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Only this customer's or vendor's entries (from the card's link).</summary>
    [BindProperty(SupportsGet = true, Name = "party")]
    public string? PartyNo { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    public SortOrder Sort { get; private set; }

    public DateOnly Today { get; private set; }

    public PagedList<PartyLedgerEntryItem> Entries { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown status in the address means the default, not an error page.
        if (!Enum.IsDefined(Status)) Status = EntryStatusFilter.Open;
        Sort = SortOrder.Parse(SortParameter, "entry", defaultDescending: true);
        (Entries, Today) = await listEntries.HandleAsync(new ListPartyLedgerEntriesQuery(
            Type, PartyNo, Status, DueFrom, DueTo, OverdueOnly, Search, SortParameter, PageNumber, PageSize), cancellationToken);
    }
}
