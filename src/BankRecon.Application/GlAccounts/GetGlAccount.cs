using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.GlAccounts;

public sealed record GlAccountCard(Guid Id, string No, string Name, GlAccountType AccountType, GlAccountCategory Category,
    bool DirectPosting, bool Blocked, decimal Balance, int EntryCount, int Version);

/// <summary>One G/L account with its balance and number of entries (for its edit page).</summary>
public sealed class GetGlAccountHandler(BankReconDbContext db)
{
    public async Task<GlAccountCard?> HandleAsync(string no, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().SingleOrDefaultAsync(g => g.No == no, cancellationToken);
        if (account is null) return null;
        var amounts = await db.GlEntries.AsNoTracking().Where(e => e.GlAccountId == account.Id).Select(e => e.Amount).ToListAsync(cancellationToken);
        return new GlAccountCard(account.Id, account.No, account.Name, account.AccountType, account.Category, account.DirectPosting,
            account.Blocked, amounts.Sum(), amounts.Count, account.Version);
    }
}
