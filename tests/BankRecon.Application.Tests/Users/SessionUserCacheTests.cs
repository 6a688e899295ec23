using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Users;

/// <summary>The per-request session check answers from a short-lived cache (ADR 0012) without missing a change.</summary>
public sealed class SessionUserCacheTests
{
    [Fact]
    public async Task A_password_reset_through_the_application_is_seen_by_the_next_session_check()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper)).Value;
        var before = await SessionUserAsync(host, id);

        await host.RunAsync<ResetPasswordHandler, Result>(h => h.HandleAsync(new(id, "a fresh passphrase"), CancellationToken.None));

        var after = await SessionUserAsync(host, id);
        Assert.NotEqual(before!.SecurityStamp, after!.SecurityStamp);
        Assert.Equal((await host.UsersAsync()).Single().SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task Role_and_language_changes_are_seen_by_the_next_session_check()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper)).Value;
        var before = await SessionUserAsync(host, id);
        var version = (await host.UsersAsync()).Single().Version;

        await host.RunAsync<UpdateUserHandler, Result>(h => h.HandleAsync(new(id, "Kari Nordmann", UserRole.Auditor, version), CancellationToken.None));
        await host.RunAsync<SetPreferredCultureHandler, Result>(h => h.HandleAsync(new(id, "nb-NO"), CancellationToken.None));

        var after = await SessionUserAsync(host, id);
        Assert.Equal(UserRole.Bookkeeper, before!.Role);
        Assert.Equal((UserRole.Auditor, "Kari Nordmann", "nb-NO"), (after!.Role, after.DisplayName, after.PreferredCulture));
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_the_cached_answer_expires()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper)).Value;
        var before = await SessionUserAsync(host, id);

        // Another server or process deletes the user: this server does not hear of it.
        await host.RunAsync<BankReconDbContext, int>(db => db.Users.Where(u => u.Id == id).ExecuteDeleteAsync());

        var soon = await SessionUserAsync(host, id);
        host.Clock.Advance(SessionUserCache.DefaultLifetime);
        var later = await SessionUserAsync(host, id);

        Assert.NotNull(before);
        Assert.Equal(before, soon); // still trusted within the lifetime
        Assert.Null(later);
    }

    [Fact]
    public async Task An_unknown_user_is_not_kept()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = Guid.NewGuid();

        Assert.Null(await SessionUserAsync(host, id));
        Assert.False(await host.RunAsync<SessionUserCache, bool>(c => Task.FromResult(c.TryGet(id, out _))));
    }

    private static Task<SignedInUser?> SessionUserAsync(UsersTestHost host, Guid id) =>
        host.RunAsync<GetSessionUserHandler, SignedInUser?>(h => h.HandleAsync(id, CancellationToken.None));
}
