using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Account;

/// <summary>Every user, auditors included, may change their own password (it changes no books).</summary>
[AllowReadOnlyRoles]
public sealed class ChangePasswordModel(
    ChangePasswordHandler changePassword,
    GetSessionUserHandler sessionUser,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.GetUserId() is not { } userId) return Challenge();

        if (!string.Equals(Input.NewPassword, Input.ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ConfirmPassword)}",
                ModelStateExtensions.Translate(new Error("user.password-mismatch", "The two new passwords differ."), localizer));
            return Page();
        }

        var result = await changePassword.HandleAsync(
            new ChangePasswordCommand(userId, Input.CurrentPassword ?? "", Input.NewPassword ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(Input));
            return Page();
        }

        // The password change renewed the security stamp, which ends other sessions; re-issue this one.
        if (await sessionUser.HandleAsync(userId, cancellationToken) is { } current)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.CreatePrincipal(current));
        }

        TempData.SetStatus(localizer["ChangePassword.Done"].Value);
        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
