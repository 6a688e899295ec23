using BankRecon.Application.Demo;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>`bankrecon db migrate|script|seed`: schema and demo data for DBAs and CI/CD.</summary>
public static class DbCommands
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "idempotent", "demo", "verbose" };

    /// <summary>Applies every pending migration.</summary>
    public static async Task<int> MigrateAsync(string[] args)
    {
        var arguments = new CommandArguments(args, Flags);
        var (provider, connection) = CliHost.ReadDatabase(arguments);
        var verbose = arguments.Has("verbose");
        arguments.EnsureAllRead();
        await using var services = CliHost.Build(provider, connection, verbose);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BankReconDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return ExitCodes.Ok;
    }

    /// <summary>Prints the SQL of our migrations for a provider, without a connection (for DBAs to review and run).</summary>
    public static Task<int> ScriptAsync(string[] args)
    {
        var arguments = new CommandArguments(args, Flags);
        var provider = DatabaseProviders.Parse(arguments.Get("provider") ?? throw new UsageException("Give --provider sqlite|postgresql."));
        var from = arguments.Get("from");
        var to = arguments.Get("to");
        var idempotent = arguments.Has("idempotent");
        arguments.EnsureAllRead();
        if (provider == DatabaseProvider.SqlServer)
            throw new UsageException("The SQL Server provider is not part of this build (see docs/adr/0008-sql-server-provider-pending.md).");
        if (idempotent && provider == DatabaseProvider.Sqlite)
            throw new UsageException("SQLite does not support idempotent scripts; omit --idempotent.");

        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=bankrecon";
        using var db = new BankReconDbContext(DatabaseProviders.Options(provider, connection));
        var script = db.GetService<IMigrator>().GenerateScript(from, to,
            idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
        Console.Out.Write(script);
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>Migrates, then seeds the demo company (and its demo users) into an empty database.</summary>
    public static async Task<int> SeedAsync(string[] args)
    {
        var arguments = new CommandArguments(args, Flags);
        var demo = arguments.Has("demo");
        var (provider, connection) = CliHost.ReadDatabase(arguments);
        var verbose = arguments.Has("verbose");
        arguments.EnsureAllRead();
        if (!demo) throw new UsageException("Only the demo company can be seeded: use --demo.");

        await using var services = CliHost.Build(provider, connection, verbose, demoMode: true);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync();
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(result.Describe());
                return ExitCodes.Rejected;
            }

            Console.WriteLine($"Seeded the demo company: {result.Value.Customers} customers, {result.Value.Vendors} vendors, " +
                $"{result.Value.BankAccounts} bank accounts, {result.Value.OpenInvoices} open sales invoices, {result.Value.PurchaseInvoices} purchase invoices.");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var users = await scope.ServiceProvider.GetRequiredService<BankRecon.Application.Users.SeedDemoUsersHandler>().HandleAsync(CancellationToken.None);
            Console.WriteLine(users.Succeeded ? "Demo users are ready (see README)." : "Demo users: " + users.Describe());
        }

        return ExitCodes.Ok;
    }
}
