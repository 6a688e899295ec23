using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BankRecon.Application.Tests.Users;

public sealed class SignInTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Right_password_returns_the_user_and_clears_earlier_failures()
    {
        await using var host = await UsersTestHost.StartAsync();
        await CreateAsync(host, "Kari", UserRole.Accountant);
        await SignInAsync(host, "kari", "wrong password");

        var result = await SignInAsync(host, "KARI", Password);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("Kari", result.Value.UserName);
        Assert.Equal(UserRole.Accountant, result.Value.Role);
        Assert.Equal(0, (await host.UsersAsync()).Single().FailedSignInCount);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_fail_with_the_same_code_and_message()
    {
        await using var host = await UsersTestHost.StartAsync();
        await CreateAsync(host, "kari", UserRole.Bookkeeper);

        var wrongPassword = await SignInAsync(host, "kari", "not it at all");
        var unknownUser = await SignInAsync(host, "olav", "not it at all");

        Assert.Equal(ResultStatus.Invalid, wrongPassword.Status);
        Assert.Equal(wrongPassword.Errors, unknownUser.Errors);
        Assert.Equal("user.sign-in-failed", wrongPassword.Errors.Single().Code);
    }

    [Fact]
    public async Task Fifth_failure_locks_for_fifteen_minutes_then_the_right_password_works_again()
    {
        await using var host = await UsersTestHost.StartAsync();
        await CreateAsync(host, "kari", UserRole.Bookkeeper);

        for (var i = 0; i < SignInHandler.MaxFailedAttempts; i++) await SignInAsync(host, "kari", "wrong " + i);
        var whileLocked = await SignInAsync(host, "kari", Password);
        host.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await SignInAsync(host, "kari", Password);
        host.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterLockout = await SignInAsync(host, "kari", Password);

        Assert.Equal("user.locked-out", whileLocked.Errors.Single().Code);
        Assert.Equal(ResultStatus.Forbidden, whileLocked.Status);
        Assert.Equal("user.locked-out", stillLocked.Errors.Single().Code);
        Assert.True(afterLockout.Succeeded, afterLockout.Describe());
        Assert.Contains(host.Logs, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Four_failures_do_not_lock()
    {
        await using var host = await UsersTestHost.StartAsync();
        await CreateAsync(host, "kari", UserRole.Bookkeeper);

        for (var i = 0; i < SignInHandler.MaxFailedAttempts - 1; i++) await SignInAsync(host, "kari", "wrong " + i);

        Assert.True((await SignInAsync(host, "kari", Password)).Succeeded);
    }

    [Fact]
    public async Task A_hash_made_with_fewer_iterations_is_upgraded_at_sign_in()
    {
        await using var host = await UsersTestHost.StartAsync();
        var weakHasher = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = 100 }));
        await host.RunAsync<BankReconDbContext, int>(db =>
        {
            var user = UserAccount.Create("old", "Old hash", UserRole.Auditor, weakHasher.HashPassword(null!, Password), false, host.Clock.GetUtcNow().UtcDateTime);
            db.Users.Add(user);
            return db.SaveChangesAsync();
        });
        var before = (await host.UsersAsync()).Single();

        var result = await SignInAsync(host, "old", Password);

        var after = (await host.UsersAsync()).Single();
        Assert.True(result.Succeeded);
        Assert.NotEqual(before.PasswordHash, after.PasswordHash);
        Assert.Equal(before.SecurityStamp, after.SecurityStamp); // same password: sessions stay valid
        Assert.True((await SignInAsync(host, "old", Password)).Succeeded);
    }

    [Fact]
    public async Task Empty_input_is_refused_before_touching_the_database()
    {
        await using var host = await UsersTestHost.StartAsync();

        var result = await SignInAsync(host, "", "");

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.All(result.Errors, e => Assert.Equal("user.sign-in-failed", e.Code));
    }

    internal static Task<Result<Guid>> CreateAsync(UsersTestHost host, string userName, UserRole role, string password = Password) =>
        host.RunAsync<CreateUserHandler, Result<Guid>>(h => h.HandleAsync(new(userName, userName + " Test", role, password), CancellationToken.None));

    private static Task<Result<SignedInUser>> SignInAsync(UsersTestHost host, string userName, string password) =>
        host.RunAsync<SignInHandler, Result<SignedInUser>>(h => h.HandleAsync(new(userName, password), CancellationToken.None));
}
