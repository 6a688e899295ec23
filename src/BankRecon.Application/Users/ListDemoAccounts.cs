using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

public sealed record DemoAccount(string UserName, string DisplayName, UserRole Role);

/// <summary>
/// The demo accounts present in this database (empty outside demo mode). The sign-in page shows them with
/// <see cref="DemoUsers.Password"/>; the database, not a setting, decides, so a real install never shows the box.
/// </summary>
public sealed class ListDemoAccountsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<DemoAccount>> HandleAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.IsDemo)
            .Select(u => new DemoAccount(u.UserName, u.DisplayName, u.Role))
            .ToListAsync(cancellationToken);
        return [.. accounts.OrderBy(a => a.Role).ThenBy(a => a.UserName, StringComparer.Ordinal)];
    }
}
