using BankRecon.Application.Demo;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests.Statements;

/// <summary>The demo site with the demo company seeded (bank accounts, open invoices) and a small per-file upload limit.</summary>
public sealed class ImportSiteFactory : BankReconAppFactory
{
    public const long MaxFileBytes = 64 * 1024;

    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private bool _seeded;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Limits:MaxStatementFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    public async Task EnsureDemoCompanyAsync()
    {
        await _seedLock.WaitAsync();
        try
        {
            if (_seeded) return;
            var result = await WithScopeAsync(services => services.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 40));
            Assert.True(result.Succeeded, result.Describe());
            _seeded = true;
        }
        finally
        {
            _seedLock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _seedLock.Dispose();
        base.Dispose(disposing);
    }
}
