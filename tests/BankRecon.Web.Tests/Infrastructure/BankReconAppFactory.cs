using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// The real app (Program.cs, middleware, migrations run by its own startup) on a fresh temporary data folder.
/// Subclasses choose the database situation: embedded demo database, or a first run with no users.
/// </summary>
public abstract class BankReconAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<UserRole, SiteClient> _signedIn = [];
    private readonly SemaphoreSlim _signInLock = new(1, 1);

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("bankrecon-web-").FullName;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// Configuration on top of appsettings.json (the test host applies it when the app is built). The demo company is
    /// left out unless a factory asks for it (<see cref="DemoCompanySiteFactory"/>): most tests need users, not books.
    /// </summary>
    protected virtual Dictionary<string, string?> Settings() => new() { ["DataFolder"] = DataFolder, ["Demo:Company"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings()));
        builder.ConfigureServices(services =>
        {
            // PBKDF2 at the production 100,000 iterations costs ~0.1-1 s per sign-in on a busy test machine; the
            // algorithm and code path stay the same, only the work factor of test hashes is lower.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests assert them).</summary>
    public SiteClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in as the demo user of <paramref name="role"/>, shared by the tests of one fixture.</summary>
    public async Task<SiteClient> SignedInAsync(UserRole role)
    {
        await _signInLock.WaitAsync();
        try
        {
            if (_signedIn.TryGetValue(role, out var existing)) return existing;
            var demo = DemoUsers.All.Single(u => u.Role == role);
            var client = NewClient();
            var response = await client.SignInAsync(demo.UserName, DemoUsers.Password);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            _signedIn[role] = client;
            return client;
        }
        finally
        {
            _signInLock.Release();
        }
    }

    /// <summary>Runs application code (use cases) inside the app's own DI container, in a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        foreach (var client in _signedIn.Values) client.Dispose();
        _signInLock.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open by a late writer; the OS cleans temp folders.
        }
    }
}
