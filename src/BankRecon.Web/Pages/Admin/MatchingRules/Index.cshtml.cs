using BankRecon.Application.MatchingRules;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Admin.MatchingRules;

/// <summary>The payment application rules (administrators only, by the /Admin folder convention), with "reset to default".</summary>
public sealed class IndexModel(ListMatchingRulesHandler listRules, ResetMatchingRulesHandler resetRules, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<MatchingRuleItem> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rules = await listRules.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        var result = await resetRules.HandleAsync(cancellationToken);
        TempData.SetStatus(localizer["MatchingRules.ResetDone", result.Value].Value);
        return RedirectToPage();
    }
}
