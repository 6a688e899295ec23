using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Infrastructure;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "BankRecon";

    /// <summary>
    /// Binds <see cref="DatabaseOptions"/> from "Database" + "ConnectionStrings:BankRecon" and registers the DbContext.
    /// With no connection string the app uses an embedded SQLite file in the data folder. Demo mode
    /// (<c>Database:SeedDemoData</c>) defaults to true only for that embedded file, and only when it did not exist
    /// when the app started: a brand-new local install gets demo users, anything else must ask for them.
    /// </summary>
    public static IServiceCollection AddBankReconDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration, AppPaths>(Configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                "ConnectionStrings:BankRecon is required for the PostgreSql provider.")
            .Validate(o => o.Provider != DatabaseProvider.SqlServer,
                "Database:Provider SqlServer is not available in this build; use Sqlite or PostgreSql.")
            .ValidateOnStart();

        services.AddDbContext<BankReconDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseBankReconForOneRequest(database.Provider, database.ConnectionString);
        });
        return services;
    }

    private static void Configure(DatabaseOptions options, IConfiguration configuration, AppPaths paths)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var configuredConnection = configuration.GetConnectionString(ConnectionStringName);
        var provider = DatabaseProviders.Parse(section["Provider"]);
        var isEmbeddedDefault = provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(configuredConnection);

        options.Provider = provider;
        options.ConnectionString = isEmbeddedDefault ? $"Data Source={paths.DefaultSqliteDatabase}" : configuredConnection ?? "";
        options.MigrateOnStartup = section.GetValue(nameof(DatabaseOptions.MigrateOnStartup), true);
        options.SeedDemoData = section.GetValue(
            nameof(DatabaseOptions.SeedDemoData), isEmbeddedDefault && !paths.DefaultSqliteDatabaseExisted);

        if (provider == DatabaseProvider.Sqlite) EnsureSqliteFolderExists(options.ConnectionString);
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
