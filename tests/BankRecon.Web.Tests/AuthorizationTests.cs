using System.Net;
using BankRecon.Application.Ledger;
using BankRecon.Application.Journals;
using BankRecon.Application.Users;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests;

/// <summary>
/// Walks every Razor page of the running app as every role. Pages are discovered from the app's endpoints, so a
/// new page is covered the moment it exists; a new page with route parameters must get a sample URL below. Runs on the
/// demo company, so the business pages are walked with real customers, entries and documents.
/// </summary>
public sealed class AuthorizationTests(DemoCompanySiteFactory site) : IClassFixture<DemoCompanySiteFactory>
{
    /// <summary>
    /// Pages whose POST handlers read-only roles may use. Adding one is a decision, so it is listed here on purpose.
    /// </summary>
    private static readonly string[] PagesOpenToReadOnlyPosts =
    [
        "/Account/AccessDenied", "/Account/ChangePassword", "/Account/Language", "/Account/SignIn", "/Account/SignOut", "/Status",
    ];

    [Fact]
    public async Task Every_page_answers_every_role_as_its_authorization_metadata_says()
    {
        var pages = await PageRoutes.DiscoverAsync(site.Services);
        var samples = await SampleUrlsAsync();
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var url = UrlFor(page, samples);
            foreach (var role in Enum.GetValues<UserRole>())
            {
                var client = await site.SignedInAsync(role);
                var expected = await PageRoutes.IsAllowedAsync(site.Services, page, role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                var actual = (await client.Http.GetAsync(url)).StatusCode;
                if (actual != expected) failures.Add($"{url} as {role}: expected {(int)expected}, got {(int)actual}");
            }
        }

        Assert.True(pages.Count >= 30, $"Only {pages.Count} pages discovered: {string.Join(", ", pages)}");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_protected_page()
    {
        var pages = await PageRoutes.DiscoverAsync(site.Services);
        var samples = await SampleUrlsAsync();
        using var anonymous = site.NewClient();
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var url = UrlFor(page, samples);
            var response = await anonymous.Http.GetAsync(url);
            if (page.AllowsAnonymous)
            {
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{url}: anonymous page answered {(int)response.StatusCode}");
            }
            else if (response.StatusCode != HttpStatusCode.Redirect ||
                     !(response.Headers.Location?.OriginalString ?? "").Contains("/Account/SignIn?returnUrl=", StringComparison.Ordinal))
            {
                failures.Add($"{url}: expected a redirect to sign-in, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(failures);
        Assert.Contains(pages, p => !p.AllowsAnonymous);
    }

    [Fact]
    public async Task Auditor_is_refused_on_every_post_handler_except_the_listed_account_pages()
    {
        var pages = await PageRoutes.DiscoverAsync(site.Services);
        var samples = await SampleUrlsAsync();
        var auditor = await site.SignedInAsync(UserRole.Auditor);
        var token = await auditor.AntiforgeryTokenAsync();
        var failures = new List<string>();
        var checkedHandlers = 0;

        foreach (var page in pages)
        {
            foreach (var handler in page.Handlers.Where(PageRoutes.IsPost))
            {
                if (page.AllowsReadOnlyRoles(handler))
                {
                    if (!PagesOpenToReadOnlyPosts.Contains(page.ViewEnginePath, StringComparer.Ordinal))
                        failures.Add($"{page} lets read-only roles post ({handler.Name ?? "default"}) but is not listed as an exception");
                    continue;
                }

                var url = PageRoutes.PostUrl(UrlFor(page, samples), handler);
                var response = await auditor.PostWithoutTokenAsync(url, [new(SiteClient.AntiforgeryField, token)]);
                checkedHandlers++;
                if (response.Status != HttpStatusCode.Forbidden) failures.Add($"POST {url} as Auditor: got {(int)response.Status}");
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedHandlers >= 3, $"Only {checkedHandlers} POST handlers were checked.");
    }

    [Fact]
    public async Task Auditor_post_to_a_page_they_may_read_is_refused_by_the_read_only_filter()
    {
        // The home page is open to every role and has no POST handler: only the read-only filter can refuse this.
        var auditor = await site.SignedInAsync(UserRole.Auditor);
        var bookkeeper = await site.SignedInAsync(UserRole.Bookkeeper);

        var refused = await auditor.PostAsync("/", []);
        var allowed = await bookkeeper.PostAsync("/", []);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("Access denied", refused.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Theory]
    [InlineData(UserRole.Administrator, HttpStatusCode.OK)]
    [InlineData(UserRole.Accountant, HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Bookkeeper, HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Auditor, HttpStatusCode.Forbidden)]
    public async Task Users_administration_is_for_administrators_only(UserRole role, HttpStatusCode expected)
    {
        var client = await site.SignedInAsync(role);

        var list = await client.GetAsync("/Admin/Users");
        var create = await client.PostAsync("/Admin/Users/Create",
        [
            new("Input.UserName", "made-by-" + role), new("Input.DisplayName", "x"),
            new("Input.Role", nameof(UserRole.Administrator)), new("Input.Password", "long enough password"),
        ]);

        Assert.Equal(expected, list.Status);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, create.Status);
    }

    [Fact]
    public async Task Navigation_hides_administration_from_other_roles_and_disables_pages_that_do_not_exist_yet()
    {
        var admin = await (await site.SignedInAsync(UserRole.Administrator)).GetAsync("/");
        var bookkeeper = await (await site.SignedInAsync(UserRole.Bookkeeper)).GetAsync("/");

        Assert.NotNull(admin.Document.QuerySelector("nav.sidebar a[href='/Admin/Users']"));
        Assert.Null(bookkeeper.Document.QuerySelector("nav.sidebar a[href='/Admin/Users']"));
        // Every enabled navigation link leads to a page that answers 200 for that user.
        var client = await site.SignedInAsync(UserRole.Administrator);
        foreach (var link in admin.Document.QuerySelectorAll("nav.sidebar a[href]").Select(a => a.GetAttribute("href")!))
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(link)).StatusCode);
        Assert.NotEmpty(admin.Document.QuerySelectorAll("nav.sidebar .is-disabled[aria-disabled='true']"));
    }

    [Fact]
    public async Task Unknown_address_is_a_404_with_the_status_page()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);

        var page = await client.GetAsync("/No/Such/Page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }

    private static string UrlFor(PageRoute page, IReadOnlyDictionary<string, string> samples)
    {
        if (samples.TryGetValue(page.ViewEnginePath, out var sample)) return sample;
        Assert.False(page.HasRouteParameters,
            $"Page {page} has route parameters ({page.RouteTemplate}); add a sample URL to AuthorizationTests.SampleUrlsAsync.");
        return page.RouteTemplate;
    }

    /// <summary>Pages with route parameters, with a URL that exists in the demo database.</summary>
    private async Task<IReadOnlyDictionary<string, string>> SampleUrlsAsync()
    {
        var someUser = await site.WithScopeAsync(async services =>
            (await services.GetRequiredService<ListUsersHandler>().HandleAsync(new(new()), CancellationToken.None)).Items[0].Id);
        var customerEntry = await FirstEntryAsync(PartyType.Customer);
        var vendorEntry = await FirstEntryAsync(PartyType.Vendor);
        var document = await site.WithScopeAsync(services => services.GetRequiredService<GetPartyLedgerEntryHandler>()
            .HandleAsync(PartyType.Customer, customerEntry.EntryNo, CancellationToken.None));
        var journal = await JournalSeed.EnsureAsync(site);
        var posted = await site.WithScopeAsync(services => services.GetRequiredService<ListPostedJournalsHandler>().HandleAsync(new(new()), CancellationToken.None));
        var postedStatement = posted.Items.Count > 0 ? posted.Items[0].Id : await PostedStatementSample.PostAsync(site, "AUTH-1");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/Status"] = "/Status/404",
            ["/Admin/Users/Edit"] = $"/Admin/Users/Edit/{someUser}",
            ["/Customers/Details"] = $"/Customers/Details/{customerEntry.PartyNo}",
            ["/Customers/Edit"] = $"/Customers/Edit/{customerEntry.PartyNo}",
            ["/Customers/Entries/Details"] = $"/Customers/Entries/Details/{customerEntry.EntryNo}",
            ["/Vendors/Details"] = $"/Vendors/Details/{vendorEntry.PartyNo}",
            ["/Vendors/Edit"] = $"/Vendors/Edit/{vendorEntry.PartyNo}",
            ["/Vendors/Entries/Details"] = $"/Vendors/Entries/Details/{vendorEntry.EntryNo}",
            ["/BankAccounts/Details"] = "/BankAccounts/Details/NOK-DNB",
            ["/BankAccounts/Edit"] = "/BankAccounts/Edit/NOK-DNB",
            ["/Ledger/Accounts/Edit"] = "/Ledger/Accounts/Edit/3000",
            ["/Ledger/Reverse"] = $"/Ledger/Reverse/{document!.TransactionNo}",
            ["/Documents/Posted"] = $"/Documents/Posted/{document.PostedDocumentKind}/{document.PostedDocumentNo}",
            ["/Journals/Details"] = $"/Journals/Details/{journal.JournalId}",
            ["/Journals/Line"] = $"/Journals/Line/{journal.TwinLine}",
            ["/Admin/MatchingRules/Edit"] = "/Admin/MatchingRules/Edit",
            ["/PostedStatements/Details"] = $"/PostedStatements/Details/{postedStatement}",
        };
    }

    private Task<PartyLedgerEntryItem> FirstEntryAsync(PartyType type) => site.WithScopeAsync(async services =>
        (await services.GetRequiredService<ListPartyLedgerEntriesHandler>().HandleAsync(
            new ListPartyLedgerEntriesQuery(type, Sort: "entry"), CancellationToken.None)).Entries.Items[0]);
}
