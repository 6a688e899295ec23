using BankRecon.Domain.Ledger;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Dashboard;

public sealed record DashboardSummary(IReadOnlyList<DashboardFigure> Figures, IReadOnlyList<DashboardAmount> Amounts)
{
    public DashboardSummary(IReadOnlyList<DashboardFigure> figures) : this(figures, []) { }
}

/// <summary>
/// Counts for the home page. Every figure is a real query; add one line per figure as features arrive
/// (open customer entries, journals to review, ...). No placeholders: a figure that cannot be counted is absent.
/// </summary>
public sealed class GetDashboardSummaryHandler(BankReconDbContext db, TimeProvider clock)
{
    public async Task<DashboardSummary> HandleAsync(UserRole viewerRole, CancellationToken cancellationToken)
    {
        var figures = new List<DashboardFigure>();
        var amounts = new List<DashboardAmount>();

        // Receivables exist only once a company is set up (demo company or a real one).
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (company is not null)
        {
            var today = company.Today(clock);
            var open = db.CustomerLedgerEntries.AsNoTracking().Where(e => e.Open);
            figures.Add(new DashboardFigure("Customers", await db.Customers.CountAsync(cancellationToken), "/Customers/Index"));
            figures.Add(new DashboardFigure("OpenInvoices",
                await open.CountAsync(e => e.DocumentType == DocumentType.Invoice, cancellationToken), "/Customers/Entries/Index"));
            figures.Add(new DashboardFigure("OverdueEntries", await open.CountAsync(e => e.DueDate < today, cancellationToken), "/Customers/Entries/Index"));
            figures.Add(new DashboardFigure("Vendors", await db.Vendors.CountAsync(cancellationToken), "/Vendors/Index"));

            // One sum per currency: amounts in different currencies are never added together.
            var overdue = await open.Where(e => e.DueDate < today).Select(e => new { e.Currency, e.RemainingAmount }).ToListAsync(cancellationToken);
            amounts.AddRange(overdue.GroupBy(e => e.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new DashboardAmount("OverdueReceivables", g.Key, g.Sum(e => e.RemainingAmount), "/Customers/Entries/Index")));
        }

        if (viewerRole == UserRole.Administrator)
        {
            figures.Add(new DashboardFigure("Users", await db.Users.CountAsync(cancellationToken), "/Admin/Users/Index"));
        }

        return new DashboardSummary(figures, amounts);
    }
}
