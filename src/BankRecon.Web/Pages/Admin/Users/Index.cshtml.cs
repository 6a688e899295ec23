using BankRecon.Application.Common;
using BankRecon.Application.Users;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Admin.Users;

/// <summary>Users list (administrators only, by the /Admin folder convention). The pattern for every list page.</summary>
public sealed class IndexModel(ListUsersHandler listUsers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    public SortOrder Sort { get; private set; }

    public PagedList<UserListItem> Users { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sort = SortOrder.Parse(SortParameter, ListUsersHandler.DefaultSort);
        Users = await listUsers.HandleAsync(
            new ListUsersQuery(new PageRequest(PageNumber, PageSize), SortParameter, Search), cancellationToken);
    }
}
