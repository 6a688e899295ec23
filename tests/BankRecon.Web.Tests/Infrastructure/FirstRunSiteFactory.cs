namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// An explicitly configured SQLite database (not the embedded default), so not demo mode: the first start must
/// create "admin" with a generated password.
/// </summary>
public sealed class FirstRunSiteFactory : BankReconAppFactory
{
    public string DatabaseFile => Path.Combine(DataFolder, "configured", "first-run.db");

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["ConnectionStrings:BankRecon"] = $"Data Source={DatabaseFile}";
        // The app's default (demo company on): a configured database must not get one, because it is not in demo mode.
        settings.Remove("Demo:Company");
        return settings;
    }
}
