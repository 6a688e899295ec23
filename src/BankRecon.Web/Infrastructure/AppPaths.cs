namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Where the app keeps its files: the SQLite database, logs and data-protection keys. Defaults to
/// <c>&lt;content root&gt;/data</c>; set <c>DataFolder</c> to move it (for example onto a backed-up volume).
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
    }

    public string DataFolder { get; }

    public string LogsFolder => Path.Combine(DataFolder, "logs");

    public string KeysFolder => Path.Combine(DataFolder, "keys");

    public string DefaultSqliteDatabase => Path.Combine(DataFolder, "bankrecon.db");
}
