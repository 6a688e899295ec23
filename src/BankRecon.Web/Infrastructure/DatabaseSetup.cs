using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>
    /// Binds <see cref="DatabaseOptions"/> from "Database" + "ConnectionStrings:BankRecon" and registers the DbContext.
    /// With no connection string the app uses an embedded SQLite file in the data folder. Demo mode
    /// (<c>Database:SeedDemoData</c>) defaults to true only for that embedded file, and only when it does not exist
    /// yet: a brand-new local install gets demo users, anything else must ask for them.
    /// </summary>
    public static IServiceCollection AddBankReconDatabase(
        this IServiceCollection services, IConfiguration configuration, AppPaths paths)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var configuredConnection = configuration.GetConnectionString("BankRecon");
        var provider = DatabaseProviders.Parse(section["Provider"]);
        var isEmbeddedDefault = provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(configuredConnection);
        var connectionString = isEmbeddedDefault ? $"Data Source={paths.DefaultSqliteDatabase}" : configuredConnection ?? "";

        // Decided now, before any startup task creates the file.
        var demoByDefault = isEmbeddedDefault && !File.Exists(paths.DefaultSqliteDatabase);
        if (provider == DatabaseProvider.Sqlite) EnsureSqliteFolderExists(connectionString);

        services.AddOptions<DatabaseOptions>()
            .Configure(options =>
            {
                options.Provider = provider;
                options.ConnectionString = connectionString;
                options.MigrateOnStartup = section.GetValue(nameof(DatabaseOptions.MigrateOnStartup), true);
                options.SeedDemoData = section.GetValue(nameof(DatabaseOptions.SeedDemoData), demoByDefault);
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                "ConnectionStrings:BankRecon is required for the PostgreSql provider.")
            .Validate(o => o.Provider != DatabaseProvider.SqlServer,
                "Database:Provider SqlServer is not available in this build; use Sqlite or PostgreSql.")
            .ValidateOnStart();

        services.AddDbContext<BankReconDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseBankRecon(database.Provider, database.ConnectionString);
        });
        return services;
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
