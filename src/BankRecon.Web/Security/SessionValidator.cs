using BankRecon.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BankRecon.Web.Security;

/// <summary>
/// Runs on every authenticated request. A deleted user or a changed password (new security stamp) ends the
/// session at once; a changed role or display name is picked up by re-issuing the cookie.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.GetUserId();
        var current = userId is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<GetSessionUserHandler>()
                .HandleAsync(userId.Value, context.HttpContext.RequestAborted);

        if (current is null ||
            !string.Equals(current.SecurityStamp, principal!.FindFirst(UserClaims.SecurityStamp)?.Value, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (principal.GetRole() != current.Role ||
            !string.Equals(principal.GetDisplayName(), current.DisplayName, StringComparison.Ordinal))
        {
            context.ReplacePrincipal(UserClaims.CreatePrincipal(current));
            context.ShouldRenew = true;
        }
    }
}
