namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// A brand-new embedded database in demo mode, as a newcomer's first `dotnet run` gets it: demo users AND the demo
/// company, seeded by the app's own startup. Fewer invoices than the real default keep the fixture quick; the pages
/// and the seeding code are the same.
/// </summary>
public class DemoCompanySiteFactory : BankReconAppFactory
{
    public const int Invoices = 60;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Demo:Company"] = "true";
        settings["Demo:Invoices"] = Invoices.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}
