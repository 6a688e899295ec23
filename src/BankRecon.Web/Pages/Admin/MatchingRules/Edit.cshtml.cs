using BankRecon.Application.MatchingRules;
using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Admin.MatchingRules;

/// <summary>Add or change one payment application rule.</summary>
public sealed class EditModel(ListMatchingRulesHandler listRules, SaveMatchingRuleHandler saveRule, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            Input.ReviewRequired = true;             // BC: every rule below High needs review
            return Page();
        }

        var rule = (await listRules.HandleAsync(cancellationToken)).SingleOrDefault(r => r.Id == Id);
        if (rule is null) return NotFound();
        Input = new RuleInput
        {
            Confidence = rule.Confidence, Priority = rule.Priority, RelatedParty = rule.RelatedParty, DocumentNo = rule.DocumentNo,
            AmountInclTolerance = rule.AmountInclTolerance, DirectDebit = rule.DirectDebit, ReviewRequired = rule.ReviewRequired, ApplyImmediately = rule.ApplyImmediately,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await saveRule.HandleAsync(new SaveMatchingRuleCommand(Id, Input.Confidence, Input.Priority, Input.RelatedParty, Input.DocumentNo,
            Input.AmountInclTolerance, Input.DirectDebit, Input.ReviewRequired, Input.ApplyImmediately), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(Input));
            return Page();
        }

        TempData.SetStatus(localizer["MatchingRules.Saved"].Value);
        return RedirectToPage("Index");
    }

    public sealed class RuleInput
    {
        public MatchConfidence Confidence { get; set; } = MatchConfidence.Medium;

        public int Priority { get; set; } = 10;

        public RelatedPartyMatch RelatedParty { get; set; }

        public DocumentNoMatch DocumentNo { get; set; }

        public AmountMatch AmountInclTolerance { get; set; }

        public DirectDebitMatch DirectDebit { get; set; }

        public bool ReviewRequired { get; set; }

        public bool ApplyImmediately { get; set; }
    }
}
