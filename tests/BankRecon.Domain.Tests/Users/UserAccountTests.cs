using BankRecon.Domain.Common;
using BankRecon.Domain.Users;

namespace BankRecon.Domain.Tests.Users;

public sealed class UserAccountTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_account_is_normalised_versioned_and_stamped()
    {
        var user = UserAccount.Create("  Kari.Nordmann ", "", UserRole.Bookkeeper, "hash", isDemo: false, Now);

        Assert.Equal("Kari.Nordmann", user.UserName);
        Assert.Equal("KARI.NORDMANN", user.NormalizedUserName);
        Assert.Equal("Kari.Nordmann", user.DisplayName); // falls back to the user name
        Assert.Equal(1, user.Version);
        Assert.NotEqual(Guid.Empty, user.Id);
        Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
    }

    [Fact]
    public void The_fifth_failure_in_a_row_locks_and_restarts_the_count()
    {
        var user = UserAccount.Create("kari", "Kari", UserRole.Bookkeeper, "hash", false, Now);

        var locks = Enumerable.Range(0, 5).Select(_ => user.RecordFailedSignIn(Now, 5, TimeSpan.FromMinutes(15))).ToList();

        Assert.Equal([false, false, false, false, true], locks);
        Assert.True(user.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(user.IsLockedOut(Now.AddMinutes(15)));
        Assert.Equal(0, user.FailedSignInCount);
        Assert.Equal(6, user.Version);
    }

    [Fact]
    public void A_new_password_ends_lockout_and_changes_the_stamp_but_an_upgraded_hash_does_not()
    {
        var user = UserAccount.Create("kari", "Kari", UserRole.Bookkeeper, "hash", false, Now);
        for (var i = 0; i < 5; i++) user.RecordFailedSignIn(Now, 5, TimeSpan.FromMinutes(15));
        var stamp = user.SecurityStamp;

        user.UpgradePasswordHash("stronger");
        Assert.Equal(stamp, user.SecurityStamp);
        user.SetPasswordHash("new");

        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.False(user.IsLockedOut(Now));
        Assert.Equal("new", user.PasswordHash);
    }

    [Fact]
    public void Changes_that_change_nothing_keep_the_version()
    {
        var user = UserAccount.Create("kari", "Kari", UserRole.Bookkeeper, "hash", false, Now);

        user.ChangeRole(UserRole.Bookkeeper);
        user.Rename(" Kari ");
        user.SetPreferredCulture(null);
        user.RecordSuccessfulSignIn();

        Assert.Equal(1, user.Version);
        user.ChangeRole(UserRole.Auditor);
        Assert.Equal(2, user.Version);
    }

    [Fact]
    public void Impossible_input_is_a_bug_not_a_result()
    {
        Assert.Throws<DomainException>(() => UserAccount.Create("", "x", UserRole.Auditor, "hash", false, Now));
        Assert.Throws<DomainException>(() => UserAccount.Create("kari", "x", UserRole.Auditor, "", false, Now));
        Assert.Throws<DomainException>(() => UserAccount.Create("kari", "x", (UserRole)9, "hash", false, Now));
        Assert.Throws<DomainException>(() => UserAccount.Create("kari", "x", UserRole.Auditor, "hash", false, DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    }
}
