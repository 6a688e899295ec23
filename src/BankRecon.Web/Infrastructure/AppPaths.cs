namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Where the app keeps its files: the SQLite database, logs and data-protection keys. Defaults to
/// <c>&lt;content root&gt;/data</c>; set <c>DataFolder</c> to move it (for example onto a backed-up volume).
/// A singleton, created from configuration when first needed (never read configuration eagerly in Program.cs:
/// test hosts and other configuration sources are applied when the host is built).
/// </summary>
public sealed class AppPaths
{
    public const string DataFolderKey = "DataFolder";

    public AppPaths(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[DataFolderKey];
        DataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(DataFolder);

        // Captured before any startup task can create the file: decides the demo-mode default.
        DefaultSqliteDatabaseExisted = File.Exists(DefaultSqliteDatabase);
    }

    public string DataFolder { get; }

    public string LogsFolder => Path.Combine(DataFolder, "logs");

    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public string DefaultSqliteDatabase => Path.Combine(DataFolder, "bankrecon.db");

    /// <summary>Whether the embedded database file existed when the app started.</summary>
    public bool DefaultSqliteDatabaseExisted { get; }
}
