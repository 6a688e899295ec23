using BankRecon.Application.Common;
using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;

namespace BankRecon.Application.Tests.Users;

public sealed class UserAdministrationTests
{
    [Fact]
    public async Task User_names_are_unique_without_regard_to_case()
    {
        await using var host = await UsersTestHost.StartAsync();
        await SignInTests.CreateAsync(host, "Kari.Nordmann", UserRole.Bookkeeper);

        var duplicate = await SignInTests.CreateAsync(host, "kari.NORDMANN", UserRole.Auditor);

        Assert.Equal("user.name-taken", duplicate.Errors.Single().Code);
        Assert.Equal("UserName", duplicate.Errors.Single().Field);
    }

    [Fact]
    public async Task Invalid_input_reports_one_error_per_field_with_stable_codes()
    {
        await using var host = await UsersTestHost.StartAsync();

        var result = await host.RunAsync<CreateUserHandler, Result<Guid>>(h =>
            h.HandleAsync(new("", new string('x', 200), (UserRole)42, "short"), CancellationToken.None));

        Assert.Equal(
            ["user.display-name-too-long", "user.name-required", "user.password-too-short", "user.role-unknown"],
            result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_only_administrator_cannot_be_demoted_but_one_of_two_can()
    {
        await using var host = await UsersTestHost.StartAsync();
        var first = (await SignInTests.CreateAsync(host, "first", UserRole.Administrator)).Value;

        var alone = await UpdateAsync(host, first, UserRole.Accountant);
        await SignInTests.CreateAsync(host, "second", UserRole.Administrator);
        var withCompany = await UpdateAsync(host, first, UserRole.Accountant);

        Assert.Equal("user.last-administrator", alone.Errors.Single().Code);
        Assert.True(withCompany.Succeeded, withCompany.Describe());
    }

    [Fact]
    public async Task Saving_with_an_old_version_is_a_conflict()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper)).Value;
        var seen = await GetAsync(host, id);

        var first = await host.RunAsync<UpdateUserHandler, Result>(h => h.HandleAsync(new(id, "Kari A", UserRole.Bookkeeper, seen.Version), CancellationToken.None));
        var second = await host.RunAsync<UpdateUserHandler, Result>(h => h.HandleAsync(new(id, "Kari B", UserRole.Accountant, seen.Version), CancellationToken.None));

        Assert.True(first.Succeeded);
        Assert.Equal(ResultStatus.Conflict, second.Status);
        var now = await GetAsync(host, id);
        Assert.Equal(("Kari A", UserRole.Bookkeeper), (now.DisplayName, now.Role));
    }

    [Fact]
    public async Task Resetting_a_password_lifts_the_lockout_and_changes_the_security_stamp()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Bookkeeper)).Value;
        for (var i = 0; i < SignInHandler.MaxFailedAttempts; i++)
            await host.RunAsync<SignInHandler, Result<SignedInUser>>(h => h.HandleAsync(new("kari", "wrong"), CancellationToken.None));
        var locked = (await host.UsersAsync()).Single();

        var reset = await host.RunAsync<ResetPasswordHandler, Result>(h => h.HandleAsync(new(id, "a fresh passphrase"), CancellationToken.None));

        var after = (await host.UsersAsync()).Single();
        Assert.True(reset.Succeeded);
        Assert.NotNull(locked.LockoutEndUtc);
        Assert.Null(after.LockoutEndUtc);
        Assert.NotEqual(locked.SecurityStamp, after.SecurityStamp);
        Assert.True((await host.RunAsync<SignInHandler, Result<SignedInUser>>(h => h.HandleAsync(new("kari", "a fresh passphrase"), CancellationToken.None))).Succeeded);
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_the_current_one()
    {
        await using var host = await UsersTestHost.StartAsync();
        var id = (await SignInTests.CreateAsync(host, "kari", UserRole.Auditor)).Value;

        var wrong = await host.RunAsync<ChangePasswordHandler, Result<string>>(h => h.HandleAsync(new(id, "guess guess", "new passphrase here"), CancellationToken.None));
        var right = await host.RunAsync<ChangePasswordHandler, Result<string>>(h => h.HandleAsync(new(id, "correct horse battery", "new passphrase here"), CancellationToken.None));

        Assert.Equal("user.current-password-wrong", wrong.Errors.Single().Code);
        Assert.True(right.Succeeded);
        Assert.Equal((await host.UsersAsync()).Single().SecurityStamp, right.Value);
    }

    [Fact]
    public async Task Users_list_searches_sorts_and_clamps_the_page_number()
    {
        await using var host = await UsersTestHost.StartAsync();
        foreach (var name in new[] { "anna", "bjørn", "cecilie", "dag", "eva" })
            await SignInTests.CreateAsync(host, name, UserRole.Bookkeeper);

        var page = await ListAsync(host, new ListUsersQuery(new PageRequest(99, 2), "-username"));
        var search = await ListAsync(host, new ListUsersQuery(new PageRequest(), Search: "CECILIE"));

        Assert.Equal((3, 3, 5), (page.PageNumber, page.TotalPages, page.TotalCount));
        Assert.Equal(["anna"], page.Items.Select(u => u.UserName));
        Assert.Equal((5, 5), (page.FirstItemNumber, page.LastItemNumber));
        Assert.Equal(["cecilie"], search.Items.Select(u => u.UserName));
    }

    [Fact]
    public async Task Empty_list_is_page_one_of_one()
    {
        await using var host = await UsersTestHost.StartAsync();

        var page = await ListAsync(host, new ListUsersQuery(new PageRequest(3, 10), Search: "nobody"));

        Assert.Equal((1, 1, 0, 0), (page.PageNumber, page.TotalPages, page.TotalCount, page.FirstItemNumber));
        Assert.False(page.HasNextPage || page.HasPreviousPage);
    }

    private static Task<Result> UpdateAsync(UsersTestHost host, Guid id, UserRole role) =>
        host.RunAsync<UpdateUserHandler, Result>(async h =>
        {
            var current = await GetAsync(host, id);
            return await h.HandleAsync(new(id, current.DisplayName, role, current.Version), CancellationToken.None);
        });

    private static async Task<UserDetails> GetAsync(UsersTestHost host, Guid id) =>
        (await host.RunAsync<GetUserHandler, UserDetails?>(h => h.HandleAsync(id, CancellationToken.None)))!;

    private static Task<PagedList<UserListItem>> ListAsync(UsersTestHost host, ListUsersQuery query) =>
        host.RunAsync<ListUsersHandler, PagedList<UserListItem>>(h => h.HandleAsync(query, CancellationToken.None));
}
