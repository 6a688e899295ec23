using System.Net;
using System.Text;
using BankRecon.Application.Users;
using BankRecon.Persistence;
using BankRecon.Web.Tests.Infrastructure;
using BankRecon.Web.Tests.Statements;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BankRecon.Web.Tests.Browser;

/// <summary>
/// The statement import page in Chromium, as an accountant uses it: good files, then every kind of file the import
/// refuses (empty, not a statement, an XML bomb, a statement cut short, a statement of another account, the same file
/// again). Each step leaves a screenshot (artifacts/screenshots/import-*.png) and checks that the page says what is
/// wrong and where, offers no import button, and that nothing was imported.
/// </summary>
public sealed class ImportPageBrowserTests : IAsyncLifetime, IDisposable
{
    private readonly DemoCompanySiteFactory _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("BANKRECON_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) Assert.Fail($"Chromium not found at '{chromium}'. Install it (apt-get install chromium) or set BANKRECON_TEST_CHROMIUM.");

        _site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        _baseUrl = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(BrowserTests.ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Accountant_imports_good_files_and_every_refused_file_is_explained_and_imports_nothing()
    {
        var page = await SignInAsync("accountant", "en-GB");
        var camt = await SampleAsync(page, "EUR-NORDEA", "Camt");
        var mt940 = await SampleAsync(page, "NOK-DNB", "Mt940");
        var journalsBefore = await JournalCountAsync();

        // Good files, each going to the bank account it names.
        await UploadAsync(page, null, Upload("nordea.xml", camt), Upload("dnb.sta", mt940));
        Assert.Equal(2, await page.Locator(".import-file-header .badge-success").CountAsync());
        await ShotAsync(page, "import-preview-good");
        await page.ClickAsync("form.import-confirm button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/Statements/Imports", StringComparison.Ordinal));
        Assert.Contains("Imported", await page.InnerTextAsync(".status-message"), StringComparison.Ordinal);
        await ShotAsync(page, "import-done");
        Assert.Equal(journalsBefore + 2, await JournalCountAsync());

        // Refused files together with a good one: the preview names each file's problem and where; all or nothing.
        var fresh = await SampleAsync(page, "SEK-SEB", "Camt");
        await UploadAsync(page, null,
            Upload("seb.xml", fresh),
            Upload("empty.xml", []),
            Upload("shopping-list.txt", Encoding.UTF8.GetBytes("milk\nbread\n")),
            Upload("bomb.xml", Encoding.UTF8.GetBytes(StatementImportRefusalTests.XmlBomb)),
            Upload("cut-short.xml", camt[..(camt.Length / 2)]));
        var problems = await page.Locator(".note-list-danger li").AllInnerTextsAsync();
        Assert.Contains(problems, p => p == "The file empty.xml is empty.");
        Assert.Contains(problems, p => p.StartsWith("The file shopping-list.txt cannot be imported: This is not a bank statement", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("The file bomb.xml cannot be imported: XML with a DTD is refused", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("The file cut-short.xml cannot be imported: The file is not well-formed XML", StringComparison.Ordinal)
            && p.Contains("(at line ", StringComparison.Ordinal) && !p.Contains("Line ", StringComparison.Ordinal));
        // A problem of the whole file says no "(at file)".
        Assert.DoesNotContain(problems, p => p.Contains("(at file)", StringComparison.Ordinal));
        // Every column of the statement table is in view: nothing to scroll sideways for.
        await ShotAsync(page, "import-refused-files");
        var table = page.Locator(".import-statements").First;
        var widths = await table.EvaluateAsync<int[]>("t => [t.scrollWidth, t.parentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1] + 1, $"The statement table is {widths[0]}px wide, its card {widths[1]}px.");
        await AssertNoImportAsync(page);
        await ShotAsync(page, "import-refused-files");

        // A statement for another bank account than the one chosen.
        await UploadAsync(page, "NOK-DNB", Upload("nordea-again.xml", fresh));
        Assert.Contains("is for bank account SEK-SEB", await page.InnerTextAsync(".note-list-danger"), StringComparison.Ordinal);
        await AssertNoImportAsync(page);
        await ShotAsync(page, "import-other-account");

        // The same file a second time, by a Norwegian colleague.
        var norwegian = await SignInAsync("bookkeeper", "nb-NO");
        await UploadAsync(norwegian, null, Upload("dnb-igjen.sta", mt940));
        Assert.Matches(@"^Filen dnb-igjen\.sta ble allerede importert \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} av accountant \(som dnb\.sta\)\.$",
            (await norwegian.Locator(".note-list-danger li").AllInnerTextsAsync())[0]);
        await AssertNoImportAsync(norwegian);
        await ShotAsync(norwegian, "import-same-file-nb");

        Assert.Equal(journalsBefore + 2, await JournalCountAsync());
    }

    [Fact]
    public async Task A_norwegian_reader_sees_the_parsers_notes_and_the_imports_warnings_in_norwegian_also_later()
    {
        var page = await SignInAsync("accountant", "nb-NO");
        // a statement the bank marked as a duplicate: the parser warns, in the reader's language
        var camt = Encoding.UTF8.GetString(await SampleAsync(page, "NOK-DNB", "Camt"));
        var at = camt.IndexOf("<Acct>", StringComparison.Ordinal);
        Assert.True(at > 0, "The sample camt file has no <Acct> element.");
        var copy = Encoding.UTF8.GetBytes(camt[..at] + "<CpyDplctInd>DUPL</CpyDplctInd>" + camt[at..]);

        await UploadAsync(page, "NOK-DNB", Upload("dnb-kopi.xml", copy));
        await page.ClickAsync("details.diagnostics summary");
        var notes = await page.Locator(".diagnostic-list li").AllInnerTextsAsync();
        Assert.Contains(notes, n => n.Contains("Banken har merket kontoutskriften som kopi eller duplikat (CpyDplctInd DUPL): den kan allerede være importert.", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains("The bank marked", StringComparison.Ordinal));
        await ShotAsync(page, "import-copy-warning-nb");

        // imported anyway: the result page, and the import history days later, say what was warned in Norwegian too
        await page.ClickAsync("form.import-confirm button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/Statements/Imports?ids=", StringComparison.Ordinal));
        await AssertNorwegianWarningsAsync(page);
        await ShotAsync(page, "import-result-warnings-nb");
        await page.GotoAsync(_baseUrl + "/Statements/Imports");
        await AssertNorwegianWarningsAsync(page);
    }

    private static async Task AssertNorwegianWarningsAsync(IPage page)
    {
        var warnings = await page.Locator(".note-list-warning li").AllInnerTextsAsync();
        Assert.Contains(warnings, w => w.Contains("Banken har merket kontoutskriften som kopi eller duplikat (CpyDplctInd DUPL)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("er merket av banken som kopi av en tidligere sendt utskrift", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("The bank marked", StringComparison.Ordinal) || w.Contains("is marked by the bank", StringComparison.Ordinal));
    }

    private static FilePayload Upload(string name, byte[] content) => new() { Name = name, MimeType = "application/octet-stream", Buffer = content };

    private async Task<IPage> SignInAsync(string userName, string locale)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The machine running the tests is often busy: wait longer than Playwright's 30 s before calling a step failed.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/Account/SignIn");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", DemoUsers.Password);
        await page.ClickAsync("form.form-stack button[type=submit]");
        await page.WaitForURLAsync(_baseUrl + "/");
        return page;
    }

    private async Task<byte[]> SampleAsync(IPage page, string account, string format)
    {
        var response = await page.APIRequest.GetAsync($"{_baseUrl}/Statements/Import?handler=Sample&account={account}&format={format}");
        Assert.True(response.Ok, $"Sample {account} {format}: {response.Status}");
        return await response.BodyAsync();
    }

    private async Task UploadAsync(IPage page, string? bankAccount, params FilePayload[] files)
    {
        await page.GotoAsync(_baseUrl + "/Statements/Import");
        await page.SelectOptionAsync("#Input_BankAccountNo", bankAccount ?? "");
        await page.SetInputFilesAsync("#statement-files", files);
        await page.ClickAsync("form[enctype='multipart/form-data'] button[type=submit]");
        await page.WaitForSelectorAsync(".import-preview");
    }

    private static async Task AssertNoImportAsync(IPage page)
    {
        Assert.Equal(0, await page.Locator("form.import-confirm button[type=submit]").CountAsync());
        Assert.True(await page.Locator(".import-confirm .note-danger").IsVisibleAsync());
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.ScreenshotFolder, name + ".png"), FullPage = true });

    private Task<int> JournalCountAsync() =>
        _site.WithScopeAsync(services => services.GetRequiredService<BankReconDbContext>().PaymentReconciliationJournals.CountAsync());
}
