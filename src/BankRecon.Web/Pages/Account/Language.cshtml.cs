using BankRecon.Application.Users;
using BankRecon.Web.Localization;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Account;

/// <summary>
/// Language choice: the top-bar picker posts here. GET lists the languages as buttons (the no-script fallback).
/// The choice goes into a cookie and, for a signed-in user, into their profile so it follows them.
/// </summary>
[AllowReadOnlyRoles]
public sealed class LanguageModel(SetPreferredCultureHandler setPreferredCulture) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? culture, CancellationToken cancellationToken)
    {
        if (culture is null || !AppCultures.Names.Contains(culture, StringComparer.Ordinal))
            return BadRequest();

        LocalizationSetup.SetCultureCookie(HttpContext, culture);
        if (User.GetUserId() is { } userId)
            await setPreferredCulture.HandleAsync(new SetPreferredCultureCommand(userId, culture), cancellationToken);

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
