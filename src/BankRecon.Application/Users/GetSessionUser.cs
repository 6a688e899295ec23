using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

/// <summary>
/// The current state of a signed-in user, checked on every request so that a deleted user, a reset password or a
/// changed role takes effect at once instead of when the cookie expires.
/// </summary>
public sealed class GetSessionUserHandler(BankReconDbContext db)
{
    public Task<SignedInUser?> HandleAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new SignedInUser(u.Id, u.UserName, u.DisplayName, u.Role, u.SecurityStamp, u.PreferredCulture))
            .SingleOrDefaultAsync(cancellationToken);
}
