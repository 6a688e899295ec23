using BankRecon.Application;
using BankRecon.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace BankRecon.Cli;

/// <summary>
/// Builds the same services the web app uses, over the database named by --provider/--connection, or the
/// BANKRECON_DB_PROVIDER / BANKRECON_CONNECTION environment variables, or the embedded SQLite default
/// (data/bankrecon.db under the current directory).
/// </summary>
public static class CliHost
{
    public const string DefaultSqlite = "Data Source=data/bankrecon.db";

    public static (DatabaseProvider Provider, string ConnectionString) ReadDatabase(CommandArguments arguments)
    {
        var provider = DatabaseProviders.Parse(arguments.Get("provider") ?? Environment.GetEnvironmentVariable("BANKRECON_DB_PROVIDER"));
        var connection = arguments.Get("connection") ?? Environment.GetEnvironmentVariable("BANKRECON_CONNECTION");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider != DatabaseProvider.Sqlite) throw new UsageException($"Give --connection for {provider}.");
            Directory.CreateDirectory("data");
            connection = DefaultSqlite;
        }

        return (provider, connection);
    }

    public static ServiceProvider Build(DatabaseProvider provider, string connectionString, bool verbose = false, bool demoMode = false)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Warning)
            .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        var services = new ServiceCollection();
        services.AddLogging(b => b.ClearProviders().AddSerilog(logger, dispose: true));
        services.AddDbContext<BankReconDbContext>(o => o.UseBankRecon(provider, connectionString));
        services.Configure<DatabaseOptions>(o =>
        {
            o.Provider = provider;
            o.ConnectionString = connectionString;
            o.SeedDemoData = demoMode;
        });
        services.AddBankReconApplication();
        return services.BuildServiceProvider();
    }
}
