using System.Globalization;
using System.Text.RegularExpressions;
using BankRecon.Application.Statements;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BankRecon.Web.Tests.Browser;

/// <summary>
/// The whole month-end journey in Chromium on the demo company, the way an accountant clicks through it: import the
/// bank's camt.053 statement (the sample the import page offers for NOK-DNB), apply automatically, review a Medium
/// line and apply it by hand, deal with the lines that pay no invoice, post and reconcile; then the auditor reads
/// the posted statement and exports it. One screenshot per step in artifacts/screenshots/journey.
/// </summary>
public sealed partial class JourneyTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Bank = "NOK-DNB";

    private readonly DemoCompanySiteFactory _site = new();
    private BrowserSession? _session;
    private int _step;

    private static string Folder { get; } = Path.Combine(BrowserSession.ScreenshotFolder, "journey");

    private BrowserSession Session => _session!;

    public async Task InitializeAsync()
    {
        _session = await BrowserSession.StartAsync(_site);
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.GetFiles(Folder, "*.png")) File.Delete(old);
    }

    public async Task DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Accountant_imports_applies_reviews_posts_and_reconciles_and_the_auditor_reads_the_posted_statement()
    {
        // What the sample statement pays, as the app itself composes it from the open invoices (read before the import).
        var expected = (await _site.WithScopeAsync(s => s.GetRequiredService<DemoStatementsHandler>().BuildAsync(Bank, CancellationToken.None))).Value;
        var lineCount = expected.Statement.Lines.Count;
        var payments = expected.Payments.ToDictionary(p => p.LineIndex + 1);
        Assert.True(payments.Count >= 6, $"The demo company should have enough open NOK invoices for a varied statement; it has {payments.Count} paying lines.");

        // 1. Sign in as the accountant.
        var page = await Session.Context.NewPageAsync();
        // Tall enough that a journal of 16 lines shows whole in its scrolling table.
        await page.SetViewportSizeAsync(1280, 1500);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") consoleErrors.Add(message.Text + " @ " + message.Location);
        };
        await page.GotoAsync(Session.BaseUrl + "/Account/SignIn");
        await ShotAsync(page, "sign-in");
        await Session.SignInOnPageAsync(page, "accountant");
        Assert.Equal("Accountant", await TextAsync(page, ".user-menu .badge-role"));

        // 2. The statement import page, with the demo's sample statements.
        await FollowLinkAsync(page, "nav.sidebar a[href='/Statements/Import']", Session.BaseUrl + "/Statements/Import");
        var sample = page.Locator($"a[href*='handler=Sample'][href*='account={Bank}'][href*='format=Camt']");
        Assert.Equal(1, await sample.CountAsync());
        await ShotAsync(page, "import-page");

        // 3. Download the camt.053 sample for NOK-DNB and upload it through the file input.
        var download = await page.RunAndWaitForDownloadAsync(() => sample.ClickAsync());
        var file = Path.Combine(Directory.CreateTempSubdirectory("bankrecon-journey-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Matches("^demo-nok-dnb-\\d+\\.camt053\\.xml$", download.SuggestedFilename);
        Assert.Contains("camt.053", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        await page.SetInputFilesAsync("#statement-files", file);
        await page.ClickAsync("form[action*='handler=Preview'] button[type=submit]");
        await page.WaitForURLAsync(new Regex("/Statements/Import\\?token="));

        // 4. The preview: one camt.053 statement for NOK-DNB, balanced, every line new.
        Assert.Equal("Ready to import", await TextAsync(page, ".import-file-header .badge-success"));
        var statementRow = page.Locator("table.import-statements tbody tr");
        Assert.Equal(1, await statementRow.CountAsync());
        Assert.Contains(Bank, await statementRow.Locator("td.account-cell").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(lineCount.ToString(CultureInfo.InvariantCulture), await CellTextAsync(statementRow, "td.statement-lines"));
        Assert.Equal(1, await statementRow.Locator("td.statement-balance .badge-success").CountAsync());          // opening + lines = closing
        Assert.Equal(lineCount.ToString(CultureInfo.InvariantCulture), await CellTextAsync(statementRow, "td.statement-new"));
        await ShotAsync(page, "import-preview");
        Assert.Equal(0, await page.Locator(".table-wrap", new() { Has = page.Locator("table.import-statements") }).EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth"));   // nothing hidden sideways

        // 5. Import: one journal with every line.
        await page.ClickAsync("form.import-confirm button[type=submit]");
        await page.WaitForURLAsync(new Regex("/Statements/Imports\\?ids="));
        Assert.Contains($"{lineCount} lines", await TextAsync(page, ".status-message"), StringComparison.Ordinal);
        var journalLink = page.Locator("a[href^='/Journals/Details/']");
        Assert.Equal(1, await journalLink.CountAsync());
        await ShotAsync(page, "imported");

        // 6. The journal: open, nothing applied yet.
        await journalLink.ClickAsync();
        await page.WaitForURLAsync(new Regex("/Journals/Details/[0-9a-f-]{36}$"));
        var journalUrl = page.Url;
        var journalId = Guid.Parse(journalUrl[^36..]);
        Assert.Equal(lineCount, await page.Locator("table.journal-lines tbody tr.line-row").CountAsync());
        Assert.Equal("Open", await TextAsync(page, "h1 .badge"));
        Assert.Equal(lineCount, await ChipCountAsync(page, "Unapplied"));
        await ShotAsync(page, "journal-imported");

        // 7. Apply automatically.
        await page.ClickAsync("form[action*='handler=Apply'] button[type=submit]");
        var summary = await TextAsync(page, ".status-message");
        var applied = AppliedSummary().Match(summary);
        Assert.True(applied.Success, summary);
        Assert.Equal(lineCount, int.Parse(applied.Groups["of"].Value, CultureInfo.InvariantCulture));
        var rows = await ReadLinesAsync(page);
        Dump("after Apply automatically", rows);
        Assert.Equal(int.Parse(applied.Groups["applied"].Value, CultureInfo.InvariantCulture), rows.Count(r => r.Account.Length > 0));
        // Every line the engine was sure about (High) pays exactly the invoices the payer meant.
        var high = rows.Where(r => r.Confidence == "High").ToList();
        Assert.NotEmpty(high);
        foreach (var row in high)
        {
            Assert.True(payments.TryGetValue(row.LineNo, out var paid), $"Line {row.LineNo} ({row.Text}) pays no invoice but was applied with High confidence to {row.Documents}.");
            Assert.Equal(paid.InvoiceNos.Order(), row.DocumentNos.Order());
        }

        await ShotAsync(page, "journal-applied");

        // 8. A Medium line: the payer wrote two invoice numbers, the engine proposed one and left a difference. Open it,
        // see why, find the other invoice by the amount that is left, and apply the rest of the payment to it by hand.
        var medium = rows.FirstOrDefault(r => r.Confidence == "Medium" && r.Difference != 0 && payments.ContainsKey(r.LineNo));
        Assert.True(medium is not null, "Apply automatically left no Medium line with a difference to review in the demo statement.");
        Assert.Equal(2, payments[medium.LineNo].InvoiceNos.Count);
        await page.ClickAsync("a.chip-confidence-medium");
        await page.WaitForURLAsync(new Regex("confidence=Medium"));
        await ShotAsync(page, "journal-filter-medium");
        await page.ClickAsync($"table.journal-lines a.line-link:text-is('{medium.LineNo}')");
        await page.WaitForURLAsync(new Regex("/Journals/Line/"));
        Assert.Equal("Medium", await TextAsync(page, "h1 .badge"));
        Assert.True(await page.Locator("ul.reasons li").CountAsync() > 0, "The Medium line explains nothing.");
        await ShotAsync(page, "line-medium");

        // The same reasons for a Norwegian reader: every one in Norwegian (none left as the engine's English sentence)
        await page.SelectOptionAsync("#culture-picker", "nb-NO");
        await page.Locator("html[lang='nb']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var norwegian = await page.Locator("ul.reasons li").AllInnerTextsAsync();
        Assert.NotEmpty(norwegian);
        Assert.All(norwegian, r => Assert.Null(MatchReasons.SentenceOf(Squash(r))));
        Assert.Contains(norwegian, r => r.Contains("faktura", StringComparison.Ordinal));
        await ShotAsync(page, "line-medium-nb-NO");
        await page.SelectOptionAsync("#culture-picker", "en-GB");
        await page.Locator("html[lang='en']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await ApplyTheRestByHandAsync(page, journalUrl, medium, payments[medium.LineNo]);

        // 9. What is left: lines that pay no invoice are booked to the account they belong to; the lines the engine
        // applied but wants a person to look at (part payments) are accepted after a look.
        await page.GotoAsync(journalUrl + "?filter=WithDifference");
        foreach (var row in await ReadLinesAsync(page))
        {
            Assert.False(payments.ContainsKey(row.LineNo), $"Line {row.LineNo} pays invoices but still has a difference: {row}");
            await page.GotoAsync(Session.BaseUrl + row.Href);
            await TransferAsync(page, row);
        }

        await page.GotoAsync(journalUrl + "?filter=ToReview");
        await ShotAsync(page, "journal-to-review");
        foreach (var row in await ReadLinesAsync(page))
        {
            await page.GotoAsync(Session.BaseUrl + row.Href);
            await page.ClickAsync("form[action*='handler=Accept'] button[type=submit]");
            Assert.Contains("accepted", await TextAsync(page, ".status-message"), StringComparison.Ordinal);
        }

        await page.GotoAsync(journalUrl);
        rows = await ReadLinesAsync(page);
        Dump("ready to post", rows);
        Assert.Equal(lineCount + 1, rows.Count);                                        // the split added one line
        Assert.Equal(0, await ChipCountAsync(page, "WithDifference"));
        Assert.Equal(0, await ChipCountAsync(page, "Unapplied"));
        Assert.Equal(0, await ChipCountAsync(page, "ToReview"));
        Assert.All(rows, r => Assert.Equal(0m, r.Difference));
        Assert.Equal(payments.Values.SelectMany(p => p.InvoiceNos).Order(), rows.SelectMany(r => r.DocumentNos).Order());
        await ShotAsync(page, "journal-ready-to-post");

        // 10. Post payments and reconcile: the posted statement opens; the invoices paid in full are closed.
        await page.ClickAsync("#post button[name=Reconcile][value=true]");
        await page.WaitForURLAsync(new Regex("/PostedStatements/Details/" + journalId));
        Assert.Contains("posted and reconciled", await TextAsync(page, ".status-message"), StringComparison.Ordinal);
        Assert.Equal(["Posted", "Reconciled"], (await page.Locator(".page-meta .badge").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal(0, await page.Locator(".validation-summary-errors").CountAsync());
        await ShotAsync(page, "posted-statement-accountant");
        var invoices = await _site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().CustomerLedgerEntries.AsNoTracking()
            .Where(e => e.DocumentType == DocumentType.Invoice).ToListAsync());
        foreach (var paid in payments.Values)
        {
            foreach (var no in paid.InvoiceNos)
            {
                var invoice = invoices.Single(e => e.DocumentNo == no);
                if (paid.Style == "part payment") Assert.True(invoice.Open && invoice.RemainingAmount > 0 && invoice.RemainingAmount < invoice.Amount, $"{no} after a part payment");
                else Assert.False(invoice.Open, $"Invoice {no} ({paid.Style}) is still open after posting.");
            }
        }

        // 11. Sign out; the auditor opens the posted statement from the list.
        await page.ClickAsync(".user-menu form button[type=submit]");
        await page.WaitForURLAsync(new Regex("/Account/SignIn"));
        await ShotAsync(page, "signed-out");
        await Session.SignInOnPageAsync(page, "auditor");
        await page.ClickAsync("nav.sidebar a[href='/PostedStatements']");
        await page.WaitForURLAsync(new Regex("/PostedStatements$"));
        await ShotAsync(page, "posted-statements-auditor");
        await page.ClickAsync($"a[href='/PostedStatements/Details/{journalId}']");
        await page.WaitForURLAsync(new Regex("/PostedStatements/Details/" + journalId));
        var audit = page.Locator("section[aria-labelledby=audit-title] tr");
        Assert.StartsWith("accountant", await CellAsync(audit.Nth(0)), StringComparison.Ordinal);      // imported by
        Assert.StartsWith("accountant", await CellAsync(audit.Nth(1)), StringComparison.Ordinal);      // applied automatically by
        Assert.StartsWith("accountant", await CellAsync(audit.Nth(2)), StringComparison.Ordinal);      // posted by
        Assert.Contains(download.SuggestedFilename, await CellAsync(audit.Nth(0)), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("a[href*='confirm=reverse']").CountAsync());
        Assert.Equal(0, await page.Locator(".validation-summary-errors").CountAsync());
        await ShotAsync(page, "posted-statement-auditor");

        // 12. The CSV export: one row per application, every paid invoice in it.
        var export = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href*='handler=Export']"));
        var csv = await File.ReadAllTextAsync(await export.PathAsync());
        var csvLines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("JournalNo,Status,BankAccountNo,StatementNo", csvLines[0], StringComparison.Ordinal);
        Assert.True(csvLines.Length - 1 >= lineCount, $"{csvLines.Length - 1} CSV rows for {lineCount} lines");
        foreach (var no in payments.Values.SelectMany(p => p.InvoiceNos)) Assert.Contains(csvLines, l => l.Contains(no, StringComparison.Ordinal));

        // 13. The same pages in Norwegian and Swedish, for a person to look at number and date formats.
        foreach (var culture in new[] { "nb-NO", "sv-SE" })
        {
            await page.SelectOptionAsync("#culture-picker", culture);
            await page.Locator($"html[lang='{culture[..2]}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await ShotAsync(page, "posted-statement-" + culture);
            await page.GotoAsync(journalUrl);
            await ShotAsync(page, "journal-posted-" + culture);
            await page.GoBackAsync();
        }

        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
        Assert.True(_step >= 15 && Directory.GetFiles(Folder, "*.png").Length == _step);
    }

    /// <summary>
    /// On a Medium line's page: searches the open entries by the amount left on the line, finds the invoice the payer
    /// named that the engine did not apply, and applies the rest to it. An invoice of another customer cannot share
    /// the line (one account per line), so the line is split first and the new line is applied to it.
    /// </summary>
    private async Task ApplyTheRestByHandAsync(IPage page, string journalUrl, JourneyLine line, DemoPayment paid)
    {
        var missing = Assert.Single(paid.InvoiceNos.Except(line.DocumentNos));
        var rest = line.Difference;
        await SearchEntriesAsync(page, amount: rest);
        var candidate = page.Locator("form[data-manual-apply] tbody tr", new() { HasText = missing });
        Assert.Equal(1, await candidate.CountAsync());
        await ShotAsync(page, "line-medium-search-by-amount");
        var owner = Squash(await candidate.Locator("td").Nth(1).Locator("label").TextContentAsync());
        if (!line.Account.StartsWith(owner + " ", StringComparison.Ordinal))
        {
            // Another customer's invoice: keep what the proposal covers on this line, split off the rest.
            await page.FillAsync("#s-keep", (line.Amount - rest).ToString("0.00", CultureInfo.InvariantCulture));
            await page.FillAsync("#s-text", "Faktura " + missing);
            await page.ClickAsync("#split button[type=submit]");
            var split = await TextAsync(page, ".status-message");
            var newLineNo = Regex.Match(split, "New line (\\d+)").Groups[1].Value;
            Assert.True(newLineNo.Length > 0, split);
            await ShotAsync(page, "line-medium-split");
            await page.ClickAsync("form[action*='handler=Accept'] button[type=submit]");            // what stays is right: accept it
            // Wait for the answer before leaving: navigating away at once would cancel the accept (the page already
            // shows the split's message, so wait for the accept's own words).
            await page.Locator(".status-message", new() { HasText = "accepted" }).WaitForAsync();
            await page.GotoAsync(journalUrl);
            await page.ClickAsync($"table.journal-lines a.line-link:text-is('{newLineNo}')");
            await page.WaitForURLAsync(new Regex("/Journals/Line/"));
            await SearchEntriesAsync(page, text: missing, amount: rest);
            candidate = page.Locator("form[data-manual-apply] tbody tr", new() { HasText = missing });
        }

        await candidate.Locator("[data-pick]").CheckAsync();
        await candidate.Locator("[data-pick-amount]").FillAsync(rest.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Contains("0.00", await TextAsync(page, "[data-apply-summary]"), StringComparison.Ordinal);   // site.js: nothing left on the line
        await ShotAsync(page, "line-medium-picked");
        await page.ClickAsync("form[data-manual-apply] .apply-footer button[type=submit]");
        Assert.Contains("applied by hand", await TextAsync(page, ".status-message"), StringComparison.Ordinal);
        await ShotAsync(page, "line-medium-applied");
    }

    /// <summary>
    /// Clicks a link and waits for its page. In one CI run on two busy cores the first click after signing in was lost
    /// (the page stayed on the start page, network idle, for 90 s); the link is clicked once more before giving up,
    /// and a screenshot of where the browser was is kept.
    /// </summary>
    private static async Task FollowLinkAsync(IPage page, string selector, string url)
    {
        await page.ClickAsync(selector);
        try
        {
            await page.WaitForURLAsync(url, new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "lost-click.png"), FullPage = true });
            await page.ClickAsync(selector);
            await page.WaitForURLAsync(url);
        }
    }

    private static async Task SearchEntriesAsync(IPage page, string text = "", decimal? amount = null)
    {
        await page.FillAsync("#entry-q", text);
        await page.FillAsync("#entry-amount", amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
        await page.ClickAsync("#apply form[role=search] button[type=submit]");
        await page.WaitForURLAsync(new Regex("amount="));
    }

    /// <summary>Books a line that pays no invoice (or the rest of one that does) to the G/L account it belongs to.</summary>
    private async Task TransferAsync(IPage page, JourneyLine line)
    {
        var text = line.Text.ToLowerInvariant();
        var (account, description) = text switch
        {
            _ when text.Contains("gebyr", StringComparison.Ordinal) => ("7770", "Bankgebyr"),
            _ when text.Contains("lønn", StringComparison.Ordinal) => ("5000", "Lønn"),
            _ when text.Contains("overføring", StringComparison.Ordinal) => ("1950", "Til sparekonto"),
            _ => ("2910", "Uidentifisert innbetaling"),
        };
        await page.SelectOptionAsync("#t-type", "GlAccount");
        await page.FillAsync("#t-no", account);
        await page.FillAsync("#t-text", description);
        await ShotAsync(page, $"line-{line.LineNo}-transfer");
        await page.ClickAsync("#transfer button[type=submit]");
        Assert.Contains("applied to the account", await TextAsync(page, ".status-message"), StringComparison.Ordinal);
    }

    private static async Task<List<JourneyLine>> ReadLinesAsync(IPage page)
    {
        var lines = new List<JourneyLine>();
        var rows = page.Locator("table.journal-lines tbody tr.line-row");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = rows.Nth(i).Locator("td");
            var link = cells.Nth(0).Locator("a");
            var account = cells.Nth(6);
            var documents = await account.Locator("div.small.muted").CountAsync() > 0 ? (await account.Locator("div.small.muted").TextContentAsync())!.Trim() : "";
            lines.Add(new JourneyLine(
                int.Parse((await link.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture),
                (await link.GetAttributeAsync("href"))!,
                Squash(await cells.Nth(2).TextContentAsync()),
                ParseAmount(await cells.Nth(3).TextContentAsync()),
                ParseAmount(await cells.Nth(5).TextContentAsync()),
                await account.Locator("span.muted.small").CountAsync() > 0 ? Squash(await account.TextContentAsync()) : "",
                documents,
                Squash(await cells.Nth(7).Locator(".badge").First.TextContentAsync())));
        }

        return lines;
    }

    private static async Task<int> ChipCountAsync(IPage page, string filter)
    {
        var chip = page.Locator($"nav.chips a.chip[href*='filter={filter}'] .chip-count");
        return int.Parse((await chip.TextContentAsync())!.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static async Task<string> CellTextAsync(ILocator row, string selector) => Squash(await row.Locator(selector).TextContentAsync());

    private static async Task<string> CellAsync(ILocator row) => Squash(await row.Locator("td").TextContentAsync());

    private static async Task<string> TextAsync(IPage page, string selector) => Squash(await page.Locator(selector).First.TextContentAsync());

    private static string Squash(string? text) => Regex.Replace(text ?? "", "\\s+", " ").Trim();

    /// <summary>Amounts as en-GB shows them ("1,234.50", "-45.00", "−45.00").</summary>
    private static decimal ParseAmount(string? text)
    {
        var cleaned = Squash(text).Replace("\u2212", "-", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        cleaned = Regex.Match(cleaned, "-?[0-9]+(\\.[0-9]+)?").Value;
        return cleaned.Length == 0 ? 0m : decimal.Parse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private async Task ShotAsync(IPage page, string name)
    {
        _step++;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{_step:D2}-{name}.png"), FullPage = true });
    }

    private void Dump(string title, IEnumerable<JourneyLine> rows)
    {
        output.WriteLine("== " + title);
        foreach (var r in rows) output.WriteLine($"{r.LineNo,3} {r.Confidence,-8} {r.Amount,12} diff {r.Difference,10} | {r.Text} | {r.Account} | {r.Documents}");
    }

    [GeneratedRegex("(?<applied>[0-9,]+) payment lines out of (?<of>[0-9,]+) are applied; (?<review>[0-9,]+) need review\\.")]
    private static partial Regex AppliedSummary();

    /// <summary>One row of the journal lines table, as the page shows it.</summary>
    private sealed record JourneyLine(int LineNo, string Href, string Text, decimal Amount, decimal Difference, string Account, string Documents, string Confidence)
    {
        public IReadOnlyList<string> DocumentNos => Documents.Length == 0 ? [] : [.. Documents.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }
}
