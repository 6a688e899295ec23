using System.Net;
using AngleSharp.Dom;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

public sealed class UsersAdminTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Creating_a_user_redirects_to_the_list_with_a_status_message()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);
        var userName = "ingrid." + Guid.NewGuid().ToString("N")[..6];

        var created = await admin.PostAsync("/Admin/Users/Create",
        [
            new("Input.UserName", userName), new("Input.DisplayName", "Ingrid Øvrebø"),
            new("Input.Role", nameof(UserRole.Bookkeeper)), new("Input.Password", "a sentence is a fine password"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal("/Admin/Users", created.Location);
        var list = await admin.GetAsync($"/Admin/Users?q={userName}");
        Assert.Contains(userName, list.Document.QuerySelector(".status-message")?.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(list.Document.QuerySelectorAll("tbody tr"));
        Assert.Contains("Ingrid Øvrebø", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bookkeeper", row.TextContent, StringComparison.Ordinal);

        using var newcomer = site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SignInAsync(userName, "a sentence is a fine password")).StatusCode);
    }

    [Fact]
    public async Task Invalid_input_is_shown_next_to_the_fields_and_nothing_is_created()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);

        var page = await admin.PostAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "has space"), new("Input.DisplayName", ""),
            new("Input.Role", nameof(UserRole.Auditor)), new("Input.Password", "short"),
        ]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Use letters, digits, dot, dash, underscore or @ in user names.", page.ValidationMessages);
        Assert.Contains("A password needs at least 10 characters.", page.ValidationMessages);
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.UserName'].input-validation-error"));
        Assert.Equal("", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Password']")?.Value ?? "");
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_whatever_its_case()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);

        var page = await admin.PostAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "AUDITOR"), new("Input.DisplayName", "Copy"),
            new("Input.Role", nameof(UserRole.Auditor)), new("Input.Password", "long enough password"),
        ]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Another user already has this user name.", page.ValidationMessages);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_demoted()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);
        var list = await admin.GetAsync("/Admin/Users?q=admin&sort=role");
        var adminRows = list.Document.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Administrator", StringComparison.Ordinal)).ToList();
        Assert.Single(adminRows); // the demo database has exactly one
        var editUrl = adminRows[0].QuerySelector("a")!.GetAttribute("href")!;
        var edit = await admin.GetAsync(editUrl);
        var version = edit.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Details.Version']")!.Value;

        var page = await admin.PostAsync(editUrl + "?handler=Save",
            [new("Details.DisplayName", "Astrid Lund"), new("Details.Role", nameof(UserRole.Auditor)), new("Details.Version", version)]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This is the only administrator. Make someone else an administrator first.", page.ValidationMessages);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_as_a_conflict()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);
        var list = await admin.GetAsync("/Admin/Users?q=accountant");
        var editUrl = list.Document.QuerySelector("tbody tr a")!.GetAttribute("href")!;
        var edit = await admin.GetAsync(editUrl);
        var version = edit.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Details.Version']")!.Value;

        var first = await admin.PostAsync(editUrl + "?handler=Save",
            [new("Details.DisplayName", "Nils Berg"), new("Details.Role", nameof(UserRole.Accountant)), new("Details.Version", version)]);
        var second = await admin.PostAsync(editUrl + "?handler=Save",
            [new("Details.DisplayName", "Nils B."), new("Details.Role", nameof(UserRole.Accountant)), new("Details.Version", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("Someone else changed this user in the meantime. Review and save again.", second.ValidationMessages);
    }

    [Fact]
    public async Task Edit_page_of_an_unknown_user_is_404()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);

        var page = await admin.GetAsync($"/Admin/Users/Edit/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task List_pages_sorts_and_keeps_the_filter_in_its_links()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);

        var page = await admin.GetAsync("/Admin/Users?q=e&sort=-username&size=2");

        var names = page.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(names.OrderByDescending(n => n.ToUpperInvariant(), StringComparer.Ordinal), names);
        var next = page.Document.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href");
        Assert.NotNull(next);
        Assert.Contains("q=e", next, StringComparison.Ordinal);
        Assert.Contains("sort=-username", next, StringComparison.Ordinal);
        Assert.Contains("pageNo=2", next, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("th[aria-sort='descending'] a.sorted-desc"));
        Assert.Matches(@"Page 1 of \d+", page.Document.QuerySelector(".pager-position")?.TextContent);
    }

    [Fact]
    public async Task Following_the_next_link_shows_page_two()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);
        var first = await admin.GetAsync("/Admin/Users?sort=username&size=2");
        var next = first.Document.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href")!;

        var second = await admin.GetAsync(next);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Matches(@"Page 2 of \d+", second.Document.QuerySelector(".pager-position")?.TextContent);
        var firstNames = Names(first);
        var secondNames = Names(second);
        Assert.Equal(2, secondNames.Count);
        Assert.Empty(firstNames.Intersect(secondNames));
        Assert.True(string.Compare(firstNames[^1], secondNames[0], StringComparison.OrdinalIgnoreCase) < 0, "Page 2 continues where page 1 ended.");
    }

    private static List<string> Names(Page page) =>
        [.. page.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];
}
