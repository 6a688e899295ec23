using System.Net;
using BankRecon.Application.Users;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BankRecon.Web.Tests;

public sealed class FirstRunTests(FirstRunSiteFactory site) : IClassFixture<FirstRunSiteFactory>
{
    [Fact]
    public async Task First_start_creates_admin_with_a_one_time_password_that_works()
    {
        using var client = site.NewClient(); // starts the app

        var announcements = site.Logs.Entries.Where(e => e.Category == EnsureAdministratorHandler.CredentialsLogCategory).ToList();
        var announcement = Assert.Single(announcements);
        Assert.Equal(LogLevel.Warning, announcement.Level);
        var password = Assert.IsType<string>(announcement.Properties["Password"]);
        Assert.True(password.Length >= 20);

        var response = await client.SignInAsync(EnsureAdministratorHandler.AdministratorUserName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task The_generated_password_never_reaches_the_log_file()
    {
        using var client = site.NewClient();
        await client.GetAsync("/Account/SignIn");
        var password = (string)site.Logs.Entries.Single(e => e.Category == EnsureAdministratorHandler.CredentialsLogCategory)
            .Properties["Password"]!;

        // The file is written by a background worker: give it a moment to catch up.
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("Startup: Ensure an administrator exists", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            text = string.Concat(Directory.GetFiles(Path.Combine(site.DataFolder, "logs"), "bankrecon-*.log").Select(ReadShared));
        }

        Assert.Contains("Startup: Ensure an administrator exists", text, StringComparison.Ordinal);
        Assert.DoesNotContain(password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_database_is_not_in_demo_mode()
    {
        using var client = site.NewClient();

        var page = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".demo-card"));
        Assert.DoesNotContain(DemoUsers.Password, page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("accountant", DemoUsers.Password)).StatusCode); // no such user
        Assert.True(File.Exists(site.DatabaseFile), "The configured database file should have been created by migrations.");
        var company = await site.WithScopeAsync(services =>
            services.GetRequiredService<BankRecon.Application.Company.GetCompanyProfileHandler>().HandleAsync(CancellationToken.None));
        Assert.Null(company);
    }

    [Fact]
    public async Task Request_log_lines_carry_the_path_but_never_the_query_string()
    {
        using var client = site.NewClient();
        await client.GetAsync("/Account/SignIn?returnUrl=%2Fcustomers%3Fname%3DOla%2BNordmann");

        var requestLines = site.Logs.Entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();

        Assert.Contains(requestLines, l => l.Message.StartsWith("HTTP GET /Account/SignIn responded 200", StringComparison.Ordinal));
        Assert.DoesNotContain(requestLines, l => l.Message.Contains("Nordmann", StringComparison.Ordinal));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
