using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Tests.Users;

public sealed class FirstRunAndDemoTests
{
    [Fact]
    public async Task Empty_database_gets_an_admin_whose_generated_password_is_logged_once_and_works()
    {
        await using var host = await UsersTestHost.StartAsync();

        var outcome = await EnsureAsync(host, null);

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.Value.Created);
        Assert.True(outcome.Value.PasswordWasGenerated);
        var announcement = Assert.Single(host.Logs, l => l.Category == EnsureAdministratorHandler.CredentialsLogCategory);
        Assert.Equal(LogLevel.Warning, announcement.Level);
        var password = (string)announcement.Properties["Password"]!;
        var admin = Assert.Single(await host.UsersAsync());
        Assert.Equal(("admin", UserRole.Administrator, false), (admin.UserName, admin.Role, admin.IsDemo));
        Assert.True((await host.RunAsync<SignInHandler, Result<SignedInUser>>(h => h.HandleAsync(new("admin", password), CancellationToken.None))).Succeeded);
        // Nothing else ever logs the password.
        Assert.Single(host.Logs, l => l.Message.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configured_password_is_used_and_not_logged()
    {
        await using var host = await UsersTestHost.StartAsync();

        var outcome = await EnsureAsync(host, "configured first password");

        Assert.False(outcome.Value.PasswordWasGenerated);
        Assert.DoesNotContain(host.Logs, l => l.Message.Contains("configured first password", StringComparison.Ordinal));
        Assert.True((await host.RunAsync<SignInHandler, Result<SignedInUser>>(h => h.HandleAsync(new("admin", "configured first password"), CancellationToken.None))).Succeeded);
    }

    [Fact]
    public async Task Too_short_configured_password_creates_nobody()
    {
        await using var host = await UsersTestHost.StartAsync();

        var outcome = await EnsureAsync(host, "short");

        Assert.Equal(ResultStatus.Invalid, outcome.Status);
        Assert.Equal("user.password-too-short", outcome.Errors.Single().Code);
        Assert.Empty(await host.UsersAsync());
    }

    [Fact]
    public async Task Existing_users_mean_no_new_administrator()
    {
        await using var host = await UsersTestHost.StartAsync();
        await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper);

        var outcome = await EnsureAsync(host, null);

        Assert.False(outcome.Value.Created);
        Assert.Single(await host.UsersAsync());
        Assert.DoesNotContain(host.Logs, l => l.Category == EnsureAdministratorHandler.CredentialsLogCategory);
    }

    [Fact]
    public async Task Demo_users_are_refused_outside_demo_mode()
    {
        await using var host = await UsersTestHost.StartAsync(demoMode: false);

        var result = await SeedAsync(host);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Empty(await host.UsersAsync());
    }

    [Fact]
    public async Task Demo_mode_creates_one_user_per_role_once()
    {
        await using var host = await UsersTestHost.StartAsync(demoMode: true);

        var first = await SeedAsync(host);
        var second = await SeedAsync(host);

        Assert.Equal(4, first.Value);
        Assert.Equal(0, second.Value);
        var users = await host.UsersAsync();
        Assert.Equal(Enum.GetValues<UserRole>().Order(), users.Select(u => u.Role).Order());
        Assert.All(users, u => Assert.True(u.IsDemo));
        // Demo mode then needs no generated administrator.
        Assert.False((await EnsureAsync(host, null)).Value.Created);
    }

    [Fact]
    public async Task Demo_users_never_join_a_database_with_real_users()
    {
        await using var host = await UsersTestHost.StartAsync(demoMode: true);
        await SignInTests.CreateAsync(host, "kari", UserRole.Administrator);

        var result = await SeedAsync(host);

        Assert.Equal("demo.real-users-exist", result.Errors.Single().Code);
        Assert.Single(await host.UsersAsync());
    }

    private static Task<Result<EnsureAdministratorOutcome>> EnsureAsync(UsersTestHost host, string? password) =>
        host.RunAsync<EnsureAdministratorHandler, Result<EnsureAdministratorOutcome>>(h => h.HandleAsync(new(password), CancellationToken.None));

    private static Task<Result<int>> SeedAsync(UsersTestHost host) =>
        host.RunAsync<SeedDemoUsersHandler, Result<int>>(h => h.HandleAsync(CancellationToken.None));
}
