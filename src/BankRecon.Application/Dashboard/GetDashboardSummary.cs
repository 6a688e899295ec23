using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Dashboard;

public sealed record DashboardSummary(IReadOnlyList<DashboardFigure> Figures);

/// <summary>
/// Counts for the home page. Every figure is a real query; add one line per figure as features arrive
/// (open customer entries, journals to review, ...). No placeholders: a figure that cannot be counted is absent.
/// </summary>
public sealed class GetDashboardSummaryHandler(BankReconDbContext db)
{
    public async Task<DashboardSummary> HandleAsync(UserRole viewerRole, CancellationToken cancellationToken)
    {
        var figures = new List<DashboardFigure>();

        if (viewerRole == UserRole.Administrator)
        {
            figures.Add(new DashboardFigure("Users", await db.Users.CountAsync(cancellationToken), "/Admin/Users/Index"));
        }

        return new DashboardSummary(figures);
    }
}
