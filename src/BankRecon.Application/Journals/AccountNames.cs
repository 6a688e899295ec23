using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>Names of the accounts lines are applied to (customer, vendor, G/L or bank account), for a page of lines.</summary>
internal static class AccountNames
{
    public static async Task<Dictionary<(ApplicationAccountType, string), string>> LoadAsync(
        BankReconDbContext db, IEnumerable<(ApplicationAccountType Type, string No)> accounts, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(ApplicationAccountType, string), string>();
        foreach (var group in accounts.Distinct().GroupBy(a => a.Type))
        {
            var nos = group.Select(a => a.No).ToList();
            var rows = group.Key switch
            {
                ApplicationAccountType.Customer => await db.Customers.AsNoTracking().Where(c => nos.Contains(c.No)).Select(c => new { c.No, c.Name }).ToListAsync(cancellationToken),
                ApplicationAccountType.Vendor => await db.Vendors.AsNoTracking().Where(c => nos.Contains(c.No)).Select(c => new { c.No, c.Name }).ToListAsync(cancellationToken),
                ApplicationAccountType.GlAccount => await db.GlAccounts.AsNoTracking().Where(c => nos.Contains(c.No)).Select(c => new { c.No, c.Name }).ToListAsync(cancellationToken),
                ApplicationAccountType.BankAccount => await db.BankAccounts.AsNoTracking().Where(c => nos.Contains(c.No)).Select(c => new { c.No, c.Name }).ToListAsync(cancellationToken),
                _ => [],
            };
            foreach (var row in rows) result[(group.Key, row.No)] = row.Name;
        }

        return result;
    }

    public static async Task<string?> FindAsync(BankReconDbContext db, ApplicationAccountType type, string no, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [(type, no)], cancellationToken)).GetValueOrDefault((type, no));
}
