using BankRecon.Application.Demo;
using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// What happens between building the app and serving the first request, in order. This is THE place to add a
/// startup step (e.g. seeding the demo company): each step may rely on the ones above it.
/// </summary>
public static class StartupTasks
{
    /// <summary>Sales invoices in a new demo company: enough for paging, overdue and discount cases to show.</summary>
    public const int DefaultDemoInvoices = 320;

    public static IReadOnlyList<StartupTask> For(DatabaseOptions database, IConfiguration configuration)
    {
        var tasks = new List<StartupTask>();

        if (database.MigrateOnStartup)
            tasks.Add(new("Apply database migrations", MigrateAsync));
        else
            tasks.Add(new("Check that the database schema is current", RequireCurrentSchemaAsync));

        if (database.SeedDemoData)
        {
            tasks.Add(new("Seed demo users", SeedDemoUsersAsync));
            // Demo:Company=false keeps the demo users but leaves the books empty (most web tests; a clean demo server).
            if (configuration.GetValue("Demo:Company", true))
            {
                var invoices = configuration.GetValue("Demo:Invoices", DefaultDemoInvoices);
                tasks.Add(new("Seed the demo company", (services, ct) => SeedDemoCompanyAsync(services, invoices, ct)));
            }
        }

        tasks.Add(new("Ensure an administrator exists",
            (services, ct) => EnsureAdministratorAsync(services, configuration["Bootstrap:AdminPassword"], ct)));
        return tasks;
    }

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks).FullName!);
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();

        logger.LogInformation("Database provider {Provider}; demo mode {DemoMode}", database.Provider, database.SeedDemoData);
        foreach (var task in For(database, configuration))
        {
            logger.LogInformation("Startup: {Task}", task.Name);
            await using var scope = services.CreateAsyncScope();
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    private static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<BankReconDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(() => db.Database.MigrateAsync(cancellationToken));
    }

    private static async Task RequireCurrentSchemaAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<BankReconDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database schema is {pending.Count} migration(s) behind (next: {pending[0]}). " +
                "Run 'bankrecon db migrate' or set Database:MigrateOnStartup=true.");
        }
    }

    private static async Task SeedDemoUsersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<SeedDemoUsersHandler>().HandleAsync(cancellationToken);
        if (!result.Succeeded)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks).FullName!)
                .LogWarning("Demo users not seeded: {Reason}", result.Describe());
        }
    }

    private static async Task SeedDemoCompanyAsync(IServiceProvider services, int invoices, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks).FullName!);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await services.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoices, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Demo company ready in {ElapsedMs} ms", (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else if (result.Status == ResultStatus.Conflict)
        {
            // The usual case on every start after the first: the company is there (demo or real) and stays untouched.
            logger.LogInformation("Demo company not seeded: the database already has a company");
        }
        else
        {
            logger.LogWarning("Demo company not seeded: {Reason}", result.Describe());
        }
    }

    private static async Task EnsureAdministratorAsync(
        IServiceProvider services, string? configuredPassword, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<EnsureAdministratorHandler>()
            .HandleAsync(new EnsureAdministratorCommand(configuredPassword), cancellationToken);
        if (!result.Succeeded)
            throw new DomainException($"Bootstrap:AdminPassword is not acceptable: {result.Describe()}");
    }
}
