using BankRecon.Application.GlAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Ledger.Accounts;

/// <summary>Create (Create page) or edit (Edit page) a G/L account; both render _GlAccountForm.</summary>
public abstract class GlAccountFormModel(
    GetGlAccountHandler getGlAccount,
    SaveGlAccountHandler saveGlAccount,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? No { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(No);

    public GlAccountCard? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            Input = new InputModel { DirectPosting = true };
            return Page();
        }

        Stored = await getGlAccount.HandleAsync(No!, cancellationToken);
        if (Stored is null) return NotFound();
        Input = new InputModel
        {
            No = Stored.No, Name = Stored.Name, Category = Stored.Category, AccountType = Stored.AccountType,
            DirectPosting = Stored.DirectPosting, Blocked = Stored.Blocked, Version = Stored.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsNew)
        {
            Stored = await getGlAccount.HandleAsync(No!, cancellationToken);
            if (Stored is null) return NotFound();
        }

        if (!ModelState.IsValid) return Page();
        var result = await saveGlAccount.HandleAsync(new SaveGlAccountCommand(
            IsNew ? null : No, (IsNew ? Input.No : No) ?? "", Input.Name ?? "", Input.Category, Input.AccountType,
            Input.DirectPosting, Input.Blocked, IsNew ? null : Input.Version), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData.SetStatus(localizer["GlAccounts.Saved", result.Value].Value);
            return RedirectToPage("/Ledger/Accounts/Index");
        }

        ModelState.AddResultErrors(result, localizer, nameof(Input));
        if (result.Status == ResultStatus.Conflict && Stored is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
            Input.Version = Stored.Version;
        }

        return Page();
    }

    public sealed class InputModel
    {
        public string? No { get; set; }

        public string? Name { get; set; }

        public GlAccountCategory Category { get; set; }

        public GlAccountType AccountType { get; set; }

        public bool DirectPosting { get; set; }

        public bool Blocked { get; set; }

        public int Version { get; set; }
    }
}
