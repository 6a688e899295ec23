using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.GlAccounts;

public sealed record GlAccountListItem(Guid Id, string No, string Name, GlAccountType AccountType, GlAccountCategory Category,
    bool DirectPosting, bool Blocked, decimal Balance, int Version);

/// <summary>The chart of accounts with balances (net change of all entries), in number order.</summary>
public sealed class ListGlAccountsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<GlAccountListItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.GlAccounts.AsNoTracking().OrderBy(g => g.No).ToListAsync(cancellationToken);
        var balances = await db.GlEntries.AsNoTracking().GroupBy(e => e.GlAccountId)
            .Select(g => new { g.Key, Total = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Total, cancellationToken);
        return [.. accounts.Select(g => new GlAccountListItem(g.Id, g.No, g.Name, g.AccountType, g.Category, g.DirectPosting, g.Blocked,
            balances.GetValueOrDefault(g.Id), g.Version))];
    }
}
