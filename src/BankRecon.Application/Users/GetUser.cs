using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

public sealed record UserDetails(
    Guid Id, string UserName, string DisplayName, UserRole Role, bool IsDemo, DateTime? LockoutEndUtc,
    int FailedSignInCount, DateTime CreatedAtUtc, int Version);

/// <summary>One user for the admin edit page; null when it does not exist. A lockout that has ended reads as null.</summary>
public sealed class GetUserHandler(BankReconDbContext db, TimeProvider clock)
{
    public Task<UserDetails?> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserDetails(
                u.Id, u.UserName, u.DisplayName, u.Role, u.IsDemo,
                u.LockoutEndUtc > now ? u.LockoutEndUtc : null,
                u.FailedSignInCount, u.CreatedAtUtc, u.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
