using System.Net;
using BankRecon.Application.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// A test site on a real Kestrel port and Debian's Chromium driven through Playwright, headless. Fails (never skips)
/// without Chromium: set BANKRECON_TEST_CHROMIUM or install the "chromium" package. Screenshots go under
/// bin/.../artifacts/screenshots, next to the test assembly, so a person can look at the pages after a run.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly string _userDataDir;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, string userDataDir, string baseUrl)
    {
        _playwright = playwright;
        Context = context;
        _userDataDir = userDataDir;
        BaseUrl = baseUrl;
    }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public IBrowserContext Context { get; }

    public string BaseUrl { get; }

    /// <summary>Starts <paramref name="site"/> on a loopback port and opens Chromium on it.</summary>
    public static async Task<BrowserSession> StartAsync(BankReconAppFactory site, string locale = "en-GB")
    {
        var chromium = Environment.GetEnvironmentVariable("BANKRECON_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.Fail($"Chromium not found at '{chromium}'. Install it (apt-get install chromium) or set BANKRECON_TEST_CHROMIUM.");
        }

        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var baseUrl = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        var userDataDir = Directory.CreateTempSubdirectory("bankrecon-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            Locale = locale,
            AcceptDownloads = true,
        });
        // Generous: CI machines have two cores and run Chromium, the server and the tests at once; a slow step must not
        // pass for a broken one.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Directory.CreateDirectory(ScreenshotFolder);
        return new BrowserSession(playwright, context, userDataDir, baseUrl);
    }

    /// <summary>A new tab signed in as a demo user (all demo users share one password), on the start page.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/SignIn");
        await SignInOnPageAsync(page, userName);
        return page;
    }

    /// <summary>Fills the sign-in form already shown on <paramref name="page"/> and waits for the start page.</summary>
    public async Task SignInOnPageAsync(IPage page, string userName)
    {
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", DemoUsers.Password);
        await page.ClickAsync("form.form-stack button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/");
    }

    public static Task ScreenshotAsync(IPage page, string fileName) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, fileName), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_userDataDir, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile while exiting.
        }
    }
}
