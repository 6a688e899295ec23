using System.Security.Claims;
using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BankRecon.Web.Security;

/// <summary>What the authentication cookie carries, and how to read it back.</summary>
public static class UserClaims
{
    public const string DisplayName = "bankrecon:display_name";
    public const string SecurityStamp = "bankrecon:security_stamp";

    public static ClaimsPrincipal CreatePrincipal(SignedInUser user)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString("D")),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(DisplayName, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(SecurityStamp, user.SecurityStamp),
        ], CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static Guid? GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static UserRole? GetRole(this ClaimsPrincipal principal) =>
        Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static string GetDisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? "";
}
