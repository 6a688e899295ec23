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
/// The receivables figures are counted once per ledger state and day (<see cref="ReceivablesFiguresCache"/>).
/// </summary>
public sealed class GetDashboardSummaryHandler(BankReconDbContext db, TimeProvider clock, ReceivablesFiguresCache receivables)
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
            var ledgerVersion = await db.LedgerCounters.AsNoTracking().Select(c => c.Version).SingleOrDefaultAsync(cancellationToken);
            if (!receivables.TryGet(ledgerVersion, today, out var counted))
            {
                counted = await CountReceivablesAsync(ledgerVersion, today, cancellationToken);
                receivables.Set(counted);
            }

            figures.Add(new DashboardFigure("Customers", await db.Customers.CountAsync(cancellationToken), "/Customers/Index"));
            figures.Add(new DashboardFigure("OpenInvoices", counted.OpenInvoices, "/Customers/Entries/Index"));
            figures.Add(new DashboardFigure("OverdueEntries", counted.OverdueEntries, "/Customers/Entries/Index"));
            figures.Add(new DashboardFigure("Vendors", await db.Vendors.CountAsync(cancellationToken), "/Vendors/Index"));
            amounts.AddRange(counted.Overdue.Select(o => new DashboardAmount("OverdueReceivables", o.Currency, o.Amount, "/Customers/Entries/Index")));
        }

        if (viewerRole == UserRole.Administrator)
        {
            figures.Add(new DashboardFigure("Users", await db.Users.CountAsync(cancellationToken), "/Admin/Users/Index"));
        }

        return new DashboardSummary(figures, amounts);
    }

    private async Task<ReceivablesFigures> CountReceivablesAsync(int ledgerVersion, DateOnly today, CancellationToken cancellationToken)
    {
        var open = db.CustomerLedgerEntries.AsNoTracking().Where(e => e.Open);
        var openInvoices = await open.CountAsync(e => e.DocumentType == DocumentType.Invoice, cancellationToken);
        // One sum per currency: amounts in different currencies are never added together.
        var overdue = await open.Where(e => e.DueDate < today).Select(e => new { e.Currency, e.RemainingAmount }).ToListAsync(cancellationToken);
        var sums = overdue.GroupBy(e => e.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(e => e.RemainingAmount))).ToList();
        return new ReceivablesFigures(ledgerVersion, today, openInvoices, overdue.Count, sums);
    }
}
