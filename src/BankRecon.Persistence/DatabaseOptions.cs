namespace BankRecon.Persistence;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSql = 1,
    SqlServer = 2,
}

/// <summary>Configuration section "Database" plus "ConnectionStrings:BankRecon".</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From ConnectionStrings:BankRecon; the SQLite default is a file under the app's data folder.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply migrations when the app starts (default for the embedded SQLite database).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo company into an empty database on first start (embedded SQLite default).</summary>
    public bool SeedDemoData { get; set; }
}
