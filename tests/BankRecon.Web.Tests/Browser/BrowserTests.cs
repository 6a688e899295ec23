using BankRecon.Application.Users;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BankRecon.Web.Tests.Browser;

/// <summary>
/// Pages in Debian's Chromium (see <see cref="BrowserSession"/>), on the demo company as a newcomer sees it.
/// Screenshots land in bin/.../artifacts/screenshots.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime, IDisposable
{
    private readonly DemoCompanySiteFactory _site = new();
    private BrowserSession? _session;

    public static string ScreenshotFolder => BrowserSession.ScreenshotFolder;

    private IBrowserContext Browser => _session!.Context;

    private string BaseUrl => _session!.BaseUrl;

    public async Task InitializeAsync() => _session = await BrowserSession.StartAsync(_site);

    public async Task DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Accountant_signs_in_sees_the_start_page_and_gets_screenshots_at_desktop_and_narrow_width()
    {
        var page = await Browser.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") cspViolations.Add(message.Text + " @ " + message.Location);
        };

        await page.GotoAsync(BaseUrl + "/");
        Assert.EndsWith("/Account/SignIn?returnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "sign-in.png"), FullPage = true });

        await page.FillAsync("#Input_UserName", "accountant");
        await page.FillAsync("#Input_Password", DemoUsers.Password);
        await page.ClickAsync("form.form-stack button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/");

        Assert.Equal("Welcome, Nils Berg", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal("Accountant", (await page.TextContentAsync(".user-menu .badge-role"))?.Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "home-accountant-1280.png"), FullPage = true });

        await page.SetViewportSizeAsync(420, 900);
        await page.ReloadAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "home-accountant-420.png"), FullPage = true });

        // The language picker submits by itself (site.js) and the choice sticks.
        await page.SetViewportSizeAsync(1280, 860);
        await page.SelectOptionAsync("#culture-picker", "nb-NO");
        // The URL stays "/", so wait for the reloaded page itself, not for the address.
        await page.Locator("html[lang='nb']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("Velkommen, Nils Berg", (await page.TextContentAsync("h1"))?.Trim());

        Assert.True(cspViolations.Count == 0, string.Join(Environment.NewLine, cspViolations));
        Assert.True(new FileInfo(Path.Combine(ScreenshotFolder, "home-accountant-1280.png")).Length > 10_000);
    }

    [Fact]
    public async Task Administrator_opens_the_users_list_and_it_fits_the_window()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/SignIn");
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", DemoUsers.Password);
        await page.ClickAsync("form.form-stack button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/");

        await page.ClickAsync("nav.sidebar >> text=Users");
        await page.WaitForURLAsync(BaseUrl + "/Admin/Users");

        Assert.Equal(4, await page.Locator("tbody tr").CountAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The users list scrolls sideways at 1280 px.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "users-admin-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task Accountant_opens_the_customers_of_the_demo_company()
    {
        var page = await SignInAsync("accountant");

        await page.ClickAsync("nav.sidebar a[href='/Customers']");
        await page.WaitForURLAsync(BaseUrl + "/Customers");

        Assert.Equal("Customers", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(25, await page.Locator("tbody tr").CountAsync());
        Assert.Equal("Nordlys Bygg AS", (await page.Locator("tbody tr").First.Locator("td").Nth(1).TextContentAsync())?.Trim());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The customer list scrolls sideways at 1280 px.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "customers-accountant-1280.png"), FullPage = true });

        await page.ClickAsync("tbody tr:first-child td:first-child a");
        await page.WaitForURLAsync(BaseUrl + "/Customers/Details/10000");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "customer-card-1280.png"), FullPage = true });
    }

    [Fact]
    public async Task Bookkeeper_posts_a_sales_invoice_and_finds_it_open_in_the_customer_ledger_entries()
    {
        var page = await SignInAsync("bookkeeper");
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };

        await page.GotoAsync(BaseUrl + "/Customers/Details/10010");
        await page.ClickAsync("a[href='/Documents/PostSales?party=10010']");
        await page.WaitForURLAsync(BaseUrl + "/Documents/PostSales?party=10010");
        Assert.Equal("10010", await page.InputValueAsync("#Input_PartyNo"));
        for (var i = 0; i < 5; i++) await page.FillAsync($"#Input_Lines_{i}__Description", $"Linje {i + 1}");
        for (var i = 0; i < 5; i++) await page.FillAsync($"#Input_Lines_{i}__Amount", "100");

        // site.js adds the sixth row in place (no round trip), numbered for the model binder.
        await page.ClickAsync("[data-add-line]");
        Assert.Equal(6, await page.Locator("tr.line-row").CountAsync());
        await page.FillAsync("#Input_Lines_5__Description", "Frakt");
        await page.FillAsync("#Input_Lines_5__Amount", "49.90");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "post-sales-invoice-1280.png"), FullPage = true });
        await page.ClickAsync("form.document-form .form-footer button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Documents/Posted/SalesInvoice/\\d+$"));

        var documentNo = page.Url.Split('/')[^1];
        var reference = (await page.TextContentAsync("[data-payment-reference]"))!.Trim();
        Assert.Contains("549.90", await page.TextContentAsync(".figures"), StringComparison.Ordinal);
        Assert.True(BankRecon.Domain.Payments.PaymentReference.IsValidKidMod10(reference), reference);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "posted-sales-invoice-1280.png"), FullPage = true });

        await page.ClickAsync("nav.sidebar a[href='/Customers/Entries']");
        await page.FillAsync("#q", documentNo);
        await page.ClickAsync("form.filter-bar button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("q=" + documentNo));
        var row = page.Locator("tbody tr");
        Assert.Equal(1, await row.CountAsync());
        var text = await row.TextContentAsync();
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("549.90", text, StringComparison.Ordinal);                 // remaining = the whole invoice
        Assert.Equal("Open", await page.Locator("#status option:checked").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "customer-entries-after-posting-1280.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private Task<IPage> SignInAsync(string userName) => _session!.SignInAsync(userName);
}
