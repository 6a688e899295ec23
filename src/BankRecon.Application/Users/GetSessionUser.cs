using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

/// <summary>
/// The current state of a signed-in user, checked on every request so that a deleted user, a reset password or a
/// changed role takes effect without waiting for the cookie to expire. Answers are kept briefly in
/// <see cref="SessionUserCache"/>; a user that is not found is never kept.
/// </summary>
public sealed class GetSessionUserHandler(BankReconDbContext db, SessionUserCache cache)
{
    public async Task<SignedInUser?> HandleAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(userId, out var cached)) return cached;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new SignedInUser(u.Id, u.UserName, u.DisplayName, u.Role, u.SecurityStamp, u.PreferredCulture))
            .SingleOrDefaultAsync(cancellationToken);
        if (user is not null) cache.Set(user.Id, user);
        return user;
    }
}
