using BankRecon.Application.Common;
using BankRecon.Application.TextMappings;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.TextMappings;

/// <summary>Text-to-account mappings: list, add, remove. "Apply automatically" uses them on its next run.</summary>
public sealed class IndexModel(
    ListTextMappingsHandler listMappings,
    SaveTextMappingHandler saveMapping,
    DeleteTextMappingHandler deleteMapping,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>From the query string (<see cref="QueryStringLinks.Page"/>).</summary>
    public int? PageNumber => int.TryParse(Request.Query[QueryStringLinks.Page], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : null;

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    [BindProperty]
    public MappingInput Input { get; set; } = new();

    [BindProperty]
    public Guid DeleteId { get; set; }

    public PagedList<TextMappingItem> Mappings { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await saveMapping.HandleAsync(new SaveTextMappingCommand(null, Input.Text ?? "", Input.AccountType, Input.DebitAccountNo,
            string.IsNullOrWhiteSpace(Input.CreditAccountNo) ? Input.DebitAccountNo : Input.CreditAccountNo, User.Identity?.Name ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData.SetStatus(localizer["TextMappings.Added", Input.Text ?? ""].Value);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var result = await deleteMapping.HandleAsync(DeleteId, cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        TempData.SetStatus(localizer["TextMappings.Deleted"].Value);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Mappings = await listMappings.HandleAsync(new ListTextMappingsQuery(Search, PageNumber, PageSize), cancellationToken);

    public sealed class MappingInput
    {
        public string? Text { get; set; }

        public ApplicationAccountType AccountType { get; set; } = ApplicationAccountType.GlAccount;

        public string? DebitAccountNo { get; set; }

        public string? CreditAccountNo { get; set; }
    }
}
