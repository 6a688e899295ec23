using BankRecon.Domain.Users;
using Microsoft.AspNetCore.Authorization;

namespace BankRecon.Web.Security;

/// <summary>
/// Authorization policy names. Pages say what they need ([Authorize(Policy = Policies.CanEdit)] or a folder
/// convention in Program.cs); roles are mapped to policies only here.
/// </summary>
public static class Policies
{
    /// <summary>May change data: everyone except auditors.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Users, matching rules and other settings.</summary>
    public const string Admin = "Admin";

    /// <summary>Accounting decisions: posting, reversing, closing periods.</summary>
    public const string Accountant = "Accountant";

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(CanEdit, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles(UserRole.Administrator, UserRole.Accountant, UserRole.Bookkeeper)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles(UserRole.Administrator)));
        options.AddPolicy(Accountant, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles(UserRole.Administrator, UserRole.Accountant)));

        // Anything without an explicit rule requires a signed-in user (endpoints outside Razor Pages included).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    /// <summary>Roles that may only read: every POST handler refuses them unless marked [AllowReadOnlyRoles].</summary>
    public static IReadOnlyList<UserRole> ReadOnlyRoles { get; } = [UserRole.Auditor];

    private static string[] Roles(params UserRole[] roles) => [.. roles.Select(r => r.ToString())];
}
