using System.Net;
using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests;

public sealed class SignInTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Demo_database_shows_every_demo_account_and_the_password()
    {
        var page = await site.NewClient().GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var box = page.Document.QuerySelector(".demo-card");
        Assert.NotNull(box);
        foreach (var demo in DemoUsers.All) Assert.Contains(demo.UserName, box.TextContent, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Password, box.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_password_signs_in_and_returns_to_the_local_page_asked_for()
    {
        using var client = site.NewClient();

        var response = await client.SignInAsync("accountant", DemoUsers.Password, returnUrl: "/Account/ChangePassword");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/ChangePassword", response.Headers.Location?.OriginalString);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Nils Berg", home.Document.QuerySelector(".user-name")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_name_is_matched_without_regard_to_case()
    {
        using var client = site.NewClient();

        var response = await client.SignInAsync("  BookKeeper ", DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task Return_url_to_another_site_is_replaced_by_the_home_page()
    {
        using var client = site.NewClient();

        var response = await client.SignInAsync("auditor", DemoUsers.Password, returnUrl: "https://evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_single_message()
    {
        using var client = site.NewClient();

        var token = await client.AntiforgeryTokenAsync("/Account/SignIn");
        var wrongPassword = await client.PostWithoutTokenAsync("/Account/SignIn",
            [new("Input.UserName", "auditor"), new("Input.Password", "not-the-password"), new(SiteClient.AntiforgeryField, token)]);
        var unknownUser = await client.PostWithoutTokenAsync("/Account/SignIn",
            [new("Input.UserName", "nobody-here"), new("Input.Password", "not-the-password"), new(SiteClient.AntiforgeryField, token)]);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal(["The user name or password is incorrect."], wrongPassword.ValidationMessages);
        Assert.Equal(wrongPassword.ValidationMessages, unknownUser.ValidationMessages);
        Assert.False(await client.IsSignedInAsync());
        // The password is never echoed back into the form.
        Assert.DoesNotContain("not-the-password", wrongPassword.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var userName = await CreateUserAsync(UserRole.Bookkeeper);
        using var client = site.NewClient();

        for (var attempt = 1; attempt <= SignInHandler.MaxFailedAttempts; attempt++)
        {
            var failed = await client.SignInAsync(userName, "wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var rightPassword = await client.PostAsync("/Account/SignIn",
            [new("Input.UserName", userName), new("Input.Password", UserPassword)], tokenPage: "/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, rightPassword.Status);
        Assert.Contains(rightPassword.ValidationMessages, m => m.Contains("locked", StringComparison.Ordinal));
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task Sign_in_without_antiforgery_token_is_rejected()
    {
        using var client = site.NewClient();
        await client.GetAsync("/Account/SignIn"); // gets the antiforgery cookie, but the form field is missing

        var page = await client.PostWithoutTokenAsync("/Account/SignIn",
            [new("Input.UserName", "admin"), new("Input.Password", DemoUsers.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task Antiforgery_token_of_another_browser_is_rejected()
    {
        using var attacker = site.NewClient();
        using var victim = site.NewClient();
        var attackerToken = await attacker.AntiforgeryTokenAsync("/Account/SignIn");
        await victim.GetAsync("/Account/SignIn");

        var page = await victim.PostWithoutTokenAsync("/Account/SignIn",
            [new("Input.UserName", "admin"), new("Input.Password", DemoUsers.Password), new(SiteClient.AntiforgeryField, attackerToken)]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = site.NewClient();
        await client.SignInAsync("auditor", DemoUsers.Password);
        Assert.True(await client.IsSignedInAsync());

        var signOut = await client.PostAsync("/Account/SignOut", [], tokenPage: "/Account/SignOut");

        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);
        var home = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/SignIn", home.Headers.Location?.PathAndQuery ?? home.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_signs_out_other_sessions_but_keeps_this_one()
    {
        var userName = await CreateUserAsync(UserRole.Accountant);
        using var laptop = site.NewClient();
        using var phone = site.NewClient();
        await laptop.SignInAsync(userName, UserPassword);
        await phone.SignInAsync(userName, UserPassword);

        var change = await laptop.PostAsync("/Account/ChangePassword",
        [
            new("Input.CurrentPassword", UserPassword),
            new("Input.NewPassword", "a brand new passphrase"),
            new("Input.ConfirmPassword", "a brand new passphrase"),
        ], tokenPage: "/Account/ChangePassword");

        Assert.Equal(HttpStatusCode.Redirect, change.Status);
        Assert.True(await laptop.IsSignedInAsync());
        Assert.False(await phone.IsSignedInAsync());
        using var fresh = site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(userName, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_takes_effect_on_the_next_request()
    {
        var userName = await CreateUserAsync(UserRole.Administrator);
        using var client = site.NewClient();
        await client.SignInAsync(userName, UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).Status);

        await site.WithScopeAsync(async services =>
        {
            var user = (await services.GetRequiredService<ListUsersHandler>()
                .HandleAsync(new(new(), Search: userName), CancellationToken.None)).Items.Single();
            var details = await services.GetRequiredService<GetUserHandler>().HandleAsync(user.Id, CancellationToken.None);
            return await services.GetRequiredService<UpdateUserHandler>().HandleAsync(
                new UpdateUserCommand(user.Id, user.DisplayName, UserRole.Auditor, details!.Version), CancellationToken.None);
        });

        var page = await client.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Auditor", page.Document.QuerySelector(".user-menu")?.TextContent, StringComparison.Ordinal);
    }

    private const string UserPassword = "correct horse battery";

    private Task<string> CreateUserAsync(UserRole role) => site.WithScopeAsync(async services =>
    {
        var userName = "user-" + Guid.NewGuid().ToString("N")[..10];
        var result = await services.GetRequiredService<CreateUserHandler>()
            .HandleAsync(new CreateUserCommand(userName, "Test " + role, role, UserPassword), CancellationToken.None);
        Assert.True(result.Succeeded, result.Describe());
        return userName;
    });
}
