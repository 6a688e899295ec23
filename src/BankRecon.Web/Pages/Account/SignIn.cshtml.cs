using BankRecon.Application.Users;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Localization;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Account;

/// <summary>Anonymous. Signing in changes no books, so read-only roles may post here (e.g. to switch user).</summary>
[AllowReadOnlyRoles]
public sealed class SignInModel(
    SignInHandler signIn, ListDemoAccountsHandler demoAccounts, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public static string DemoPassword => DemoUsers.Password;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        DemoAccounts = await demoAccounts.HandleAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.HandleAsync(new SignInCommand(Input.UserName ?? "", Input.Password ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            // One message for the form: which field was "wrong" must not be revealed.
            foreach (var error in result.Errors.DistinctBy(e => e.Code))
                ModelState.AddModelError("", ModelStateExtensions.Translate(error, localizer));
            Input.Password = null;
            DemoAccounts = await demoAccounts.HandleAsync(cancellationToken);
            return Page();
        }

        var user = result.Value;
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            UserClaims.CreatePrincipal(user),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });

        if (user.PreferredCulture is { } culture && AppCultures.Names.Contains(culture, StringComparer.Ordinal))
            LocalizationSetup.SetCultureCookie(HttpContext, culture);

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class InputModel
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
