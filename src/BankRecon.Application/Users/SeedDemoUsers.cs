using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BankRecon.Application.Users;

/// <summary>
/// Creates one demo user per role with the published <see cref="DemoUsers.Password"/>. Refuses unless the database
/// runs in demo mode (<see cref="DatabaseOptions.SeedDemoData"/>), and refuses a database that already has real users,
/// so a known password can never appear next to real accounts. Idempotent: existing demo users are left alone.
/// </summary>
public sealed class SeedDemoUsersHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock,
    IOptions<DatabaseOptions> databaseOptions,
    ILogger<SeedDemoUsersHandler> logger)
{
    /// <returns>The number of users created.</returns>
    public async Task<Result<int>> HandleAsync(CancellationToken cancellationToken)
    {
        if (!databaseOptions.Value.SeedDemoData)
            return Result<int>.Failure(Result.Forbidden("demo.not-demo-mode", "Demo users are only created in demo mode."));

        if (await db.Users.AnyAsync(u => !u.IsDemo, cancellationToken))
        {
            return Result<int>.Conflict("demo.real-users-exist",
                "This database already has real users; demo users with a published password are not added to it.");
        }

        var existing = await db.Users.Select(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var demo in DemoUsers.All)
        {
            if (existing.Contains(UserAccount.NormalizeUserName(demo.UserName), StringComparer.Ordinal)) continue;
            var user = UserAccount.Create(demo.UserName, demo.DisplayName, demo.Role, "pending", isDemo: true, now);
            user.SetPasswordHash(hasher.HashPassword(user, DemoUsers.Password));
            db.Users.Add(user);
            created++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (created > 0) logger.LogWarning("Demo mode: created {Count} demo users with the published demo password", created);
        return Result.Success(created);
    }
}
