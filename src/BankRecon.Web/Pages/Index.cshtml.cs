using BankRecon.Application.Dashboard;
using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages;

/// <summary>Home: who you are, what your role lets you do, and real counts (no placeholders).</summary>
public sealed class IndexModel(GetDashboardSummaryHandler dashboard, ListDemoAccountsHandler demoAccounts) : PageModel
{
    public UserRole Role { get; private set; }

    public DashboardSummary Summary { get; private set; } = new([]);

    public bool IsDemoDatabase { get; private set; }

    /// <summary>Resource keys of what this role may do, then what it may not.</summary>
    public IReadOnlyList<string> Abilities { get; private set; } = [];

    public IReadOnlyList<string> Limits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Role = User.GetRole() ?? UserRole.Auditor;
        Summary = await dashboard.HandleAsync(Role, cancellationToken);
        IsDemoDatabase = (await demoAccounts.HandleAsync(cancellationToken)).Count > 0;
        (Abilities, Limits) = Describe(Role);
    }

    public static (IReadOnlyList<string> Abilities, IReadOnlyList<string> Limits) Describe(UserRole role) => role switch
    {
        UserRole.Administrator =>
            (["Dashboard.Can.Read", "Dashboard.Can.Prepare", "Dashboard.Can.Post", "Dashboard.Can.Administer"], []),
        UserRole.Accountant =>
            (["Dashboard.Can.Read", "Dashboard.Can.Prepare", "Dashboard.Can.Post"], ["Dashboard.Cannot.Administer"]),
        UserRole.Bookkeeper =>
            (["Dashboard.Can.Read", "Dashboard.Can.Prepare"], ["Dashboard.Cannot.Post", "Dashboard.Cannot.Administer"]),
        UserRole.Auditor =>
            (["Dashboard.Can.Read"], ["Dashboard.Cannot.Change"]),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
