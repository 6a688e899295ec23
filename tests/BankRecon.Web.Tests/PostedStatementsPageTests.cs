using System.Net;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

/// <summary>The posted statements pages: auditors read and export; accountants reverse after confirming; bookkeepers cannot.</summary>
public sealed class PostedStatementsPageTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Auditor_reads_the_list_and_the_statement_and_exports_csv_but_gets_no_reverse_button()
    {
        var id = await PostedStatementSample.PostAsync(site, "PAGE-1");
        var auditor = await site.SignedInAsync(UserRole.Auditor);

        var list = await auditor.GetAsync("/PostedStatements?q=PAGE-1");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.NotNull(list.Document.QuerySelector($"a[href='/PostedStatements/Details/{id}']"));

        var details = await auditor.GetAsync($"/PostedStatements/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Contains("PAGE-1", details.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("accountant", details.Html, StringComparison.Ordinal);            // who posted
        Assert.Contains("bookkeeper", details.Html, StringComparison.Ordinal);            // who applied
        Assert.Null(details.Document.QuerySelector("a[href*='confirm=reverse']"));

        var csv = await auditor.Http.GetAsync($"/PostedStatements/Details/{id}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("JournalNo,Status,BankAccountNo,StatementNo", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Accountant_reverses_after_confirming_and_a_bookkeeper_is_refused()
    {
        var id = await PostedStatementSample.PostAsync(site, "PAGE-2");
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var bookkeeper = await site.SignedInAsync(UserRole.Bookkeeper);

        var page = await accountant.GetAsync($"/PostedStatements/Details/{id}");
        Assert.NotNull(page.Document.QuerySelector("a[href*='confirm=reverse']"));
        var confirm = await accountant.GetAsync($"/PostedStatements/Details/{id}?confirm=reverse");
        var form = confirm.Document.QuerySelector("form[action*='handler=Reverse']");
        Assert.NotNull(form);
        var version = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var refused = await bookkeeper.PostAsync($"/PostedStatements/Details/{id}?handler=Reverse", [new("Input.Version", version)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        var reversed = await accountant.PostAsync($"/PostedStatements/Details/{id}?handler=Reverse",
            [new("Input.Version", version), new("Input.RecreateJournal", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, reversed.Status);
        var after = await accountant.GetAsync(reversed.Location!);
        Assert.Contains("Reversed", after.Document.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("journal PR", after.Html, StringComparison.Ordinal);               // the recreated journal is named in the status message
        Assert.Null(after.Document.QuerySelector("a[href*='confirm=reverse']"));

        var twice = await accountant.PostAsync($"/PostedStatements/Details/{id}?handler=Reverse", [new("Input.Version", version)]);
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        Assert.Contains("already been reversed", twice.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_of_lines_and_of_the_list_are_read_from_the_query_string_without_a_model_error()
    {
        var id = await PostedStatementSample.PostAsync(site, "PAGE-3");
        var auditor = await site.SignedInAsync(UserRole.Auditor);

        var second = await auditor.GetAsync($"/PostedStatements/Details/{id}?size=1&pageNo=2");
        var list = await auditor.GetAsync("/PostedStatements?size=1&pageNo=1");

        Assert.Empty(second.ValidationMessages);
        Assert.Equal(["2"], second.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Empty(list.ValidationMessages);
    }

    [Fact]
    public async Task Unknown_or_open_journal_is_not_found()
    {
        var auditor = await site.SignedInAsync(UserRole.Auditor);

        var page = await auditor.GetAsync($"/PostedStatements/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
