using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

/// <summary>Customer (and vendor) list, card and editor on the demo company.</summary>
public sealed class CustomerPagesTests(DemoCompanySiteFactory site) : IClassFixture<DemoCompanySiteFactory>
{
    private static KeyValuePair<string, string>[] Form(string no, string name, string bankAccounts = "", string version = "0", string city = "Bodø") =>
    [
        new("Input.No", no), new("Input.Name", name), new("Input.Address", "Sjøgata 1"), new("Input.PostCode", "8006"),
        new("Input.City", city), new("Input.CountryCode", "NO"), new("Input.Currency", ""), new("Input.PaymentTermsCode", "14D"),
        new("Input.Email", ""), new("Input.OrganizationNo", "987654321"), new("Input.Blocked", "false"),
        new("Input.BankAccounts", bankAccounts), new("Input.Version", version),
    ];

    private static string NewNo() => "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();

    [Fact]
    public async Task Customer_list_shows_the_demo_customers_with_balances_and_finds_by_city()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);

        var all = await client.GetAsync("/Customers");
        var bergen = await client.GetAsync("/Customers?q=bergen&sort=-open");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(25, all.Document.QuerySelectorAll("tbody tr").Length);
        // 36 demo customers, plus any the other tests of this class created first.
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(all.Document.QuerySelector(".pager-summary")!.TextContent, @"of (\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 36, $"{total} customers listed");
        var rows = bergen.Document.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("Bergen", r.TextContent, StringComparison.Ordinal));
        Assert.NotNull(bergen.Document.QuerySelector("th[aria-sort='descending'] a.sorted-desc"));
        Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{2}NOK$", rows[0].QuerySelector("td.num .money")!.TextContent.Trim());
    }

    [Fact]
    public async Task Norwegian_users_read_balances_with_a_space_between_thousands_and_a_decimal_comma()
    {
        using var client = site.NewClient();
        await client.SignInAsync("bookkeeper", BankRecon.Application.Users.DemoUsers.Password);
        await client.PostAsync("/Account/Language", [new("culture", "nb-NO"), new("returnUrl", "/")]);

        var page = await client.GetAsync("/Customers?sort=no");
        await client.PostAsync("/Account/Language", [new("culture", "en-GB"), new("returnUrl", "/")]);

        var balance = page.Document.QuerySelector("tbody tr td.num .money")!;
        Assert.Equal("Kunder", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Matches(@"^\d{1,3}(\u00A0\d{3})*,\d{2}$", balance.FirstChild!.TextContent);
    }

    [Fact]
    public async Task A_bad_iban_is_shown_next_to_the_bank_accounts_field_and_nothing_is_created()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var no = NewNo();

        var page = await client.PostAsync("/Customers/Create", Form(no, "Feil Konto AS", "NO93 8601 1117 948"), tokenPage: "/Customers/Create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var message = page.Document.QuerySelector("[data-valmsg-for='Input.BankAccounts']")?.TextContent;
        Assert.Contains("is not a valid IBAN or account number", message, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("textarea[name='Input.BankAccounts'].input-validation-error"));
        Assert.Equal("Feil Konto AS", page.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Customers/Details/{no}")).Status);
    }

    [Fact]
    public async Task Missing_name_and_a_bad_country_are_shown_next_to_their_fields()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var form = Form(NewNo(), "").Select(f => f.Key == "Input.CountryCode" ? new KeyValuePair<string, string>(f.Key, "Norway") : f);

        var page = await client.PostAsync("/Customers/Create", form, tokenPage: "/Customers/Create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Document.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent.Trim() ?? "");
        Assert.Contains("two-letter country code", page.Document.QuerySelector("[data-valmsg-for='Input.CountryCode']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_customer_leads_to_its_card_with_the_formatted_iban_and_a_status_message()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var no = NewNo();

        var created = await client.PostAsync("/Customers/Create", Form(no, "Saltstraumen Sjømat AS", "no9386011117947\n86011117947"), tokenPage: "/Customers/Create");
        var card = await client.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal($"/Customers/Details/{no}", created.Location);
        Assert.Contains($"Customer {no} saved.", card.Document.QuerySelector(".status-message")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saltstraumen Sjømat AS", card.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        var accounts = card.Document.QuerySelectorAll(".account-no").Select(a => a.TextContent).ToList();
        Assert.Equal(["86011117947", "NO93 8601 1117 947"], accounts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_the_second_sees_the_conflict_and_keeps_its_input()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);
        var no = NewNo();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/Customers/Create", Form(no, "Original AS"), tokenPage: "/Customers/Create")).Status);
        var edit = await client.GetAsync($"/Customers/Edit/{no}");
        var version = edit.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;

        var first = await client.PostAsync($"/Customers/Edit/{no}", Form(no, "First Editor AS", version: version), tokenPage: $"/Customers/Edit/{no}");
        var second = await client.PostAsync($"/Customers/Edit/{no}", Form(no, "Second Editor AS", version: version, city: "Narvik"), tokenPage: $"/Customers/Edit/{no}");
        var card = await client.GetAsync($"/Customers/Details/{no}");

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains(second.ValidationMessages, m => m.Contains("Someone else changed customer", StringComparison.Ordinal));
        Assert.Equal("Second Editor AS", second.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")?.Value);
        Assert.Equal("Narvik", second.Document.QuerySelector<IHtmlInputElement>("input[name='Input.City']")?.Value);
        Assert.NotEqual(version, second.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")?.Value);
        Assert.Contains("First Editor AS", card.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vendors_use_the_same_pages_with_their_own_numbers_and_words()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);
        var no = NewNo();

        var created = await client.PostAsync("/Vendors/Create", Form(no, "Leverandør Test AS", "NO9386011117947"), tokenPage: "/Vendors/Create");
        var list = await client.GetAsync($"/Vendors?q={no}");
        var card = await client.GetAsync($"/Vendors/Details/50000");

        Assert.Equal($"/Vendors/Details/{no}", created.Location);
        Assert.Equal("Vendors", list.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Single(list.Document.QuerySelectorAll("tbody tr"));
        Assert.NotNull(card.Document.QuerySelector("a[href='/Documents/PostPurchase?party=50000']"));
        Assert.NotNull(card.Document.QuerySelector("a[href='/Vendors/Entries?party=50000']"));
    }

    [Fact]
    public async Task Unknown_cards_are_404()
    {
        var client = await site.SignedInAsync(UserRole.Auditor);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Customers/Details/NOPE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Vendors/Entries/Details/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/BankAccounts/Details/NOPE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Documents/Posted/SalesInvoice/NOPE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Documents/Posted/Nonsense/100001")).Status);
    }
}
