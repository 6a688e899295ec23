using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

/// <summary>Bank account and G/L account pages: validation next to the field, fixed currency, who may change them.</summary>
public sealed class MasterDataPagesTests(DemoCompanySiteFactory site) : IClassFixture<DemoCompanySiteFactory>
{
    private static KeyValuePair<string, string>[] BankAccount(string no, string iban, string currency = "NOK", string tolerance = "0", string version = "0") =>
    [
        new("Input.No", no), new("Input.Name", "Testkonto"), new("Input.Iban", iban), new("Input.DomesticAccountNo", ""),
        new("Input.Bic", "DNBANOKK"), new("Input.Currency", currency), new("Input.GlAccountNo", "1920"),
        new("Input.MatchToleranceType", "Amount"), new("Input.MatchToleranceValue", tolerance), new("Input.PaymentReferenceKind", "KidMod11"),
        new("Input.Blocked", "false"), new("Input.Version", version),
    ];

    [Fact]
    public async Task A_bank_account_with_wrong_iban_check_digits_is_refused_next_to_the_iban()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);

        var page = await client.PostAsync("/BankAccounts/Create", BankAccount("NOK-TEST1", "NO94 8601 1117 947"), tokenPage: "/BankAccounts/Create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("wrong check digits", page.Document.QuerySelector("[data-valmsg-for='Input.Iban']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/BankAccounts/Details/NOK-TEST1")).Status);
    }

    [Fact]
    public async Task A_new_bank_account_keeps_its_currency_and_reads_a_norwegian_tolerance()
    {
        using var client = site.NewClient();
        await client.SignInAsync("admin", BankRecon.Application.Users.DemoUsers.Password);
        await client.PostAsync("/Account/Language", [new("culture", "nb-NO"), new("returnUrl", "/")]);

        var created = await client.PostAsync("/BankAccounts/Create", BankAccount("SEK-TEST2", "NO9386011117947", "SEK", "12,5"), tokenPage: "/BankAccounts/Create");
        var edit = await client.GetAsync("/BankAccounts/Edit/SEK-TEST2");
        var version = edit.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;
        // A forged currency change is ignored: the stored currency is what counts.
        var saved = await client.PostAsync("/BankAccounts/Edit/SEK-TEST2", BankAccount("SEK-TEST2", "NO9386011117947", "EUR", "1 000", version), tokenPage: "/BankAccounts/Edit/SEK-TEST2");
        var card = await client.GetAsync("/BankAccounts/Details/SEK-TEST2");
        await client.PostAsync("/Account/Language", [new("culture", "en-GB"), new("returnUrl", "/")]);

        Assert.Equal("/BankAccounts/Details/SEK-TEST2", created.Location);
        Assert.Equal("12,50", edit.Document.QuerySelector<IHtmlInputElement>("input[name='Input.MatchToleranceValue']")?.Value);
        Assert.True(edit.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Currency']")!.IsReadOnly);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("SEK", card.Document.QuerySelector(".page-meta")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("1\u00A0000,00", card.Document.QuerySelector("#matching-title")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Contains("KID (MOD11)", card.Document.QuerySelector("#matching-title")?.ParentElement?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bookkeepers_read_bank_and_gl_accounts_but_may_not_change_them()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);

        var list = await client.GetAsync("/BankAccounts");
        var chart = await client.GetAsync("/Ledger/Accounts");

        Assert.True(list.Document.QuerySelectorAll("tbody tr").Length >= 3);     // the demo's three, plus any a test created
        Assert.Empty(list.Document.QuerySelectorAll("a[href*='/Edit'], a[href$='/Create']"));
        Assert.Empty(chart.Document.QuerySelectorAll("a[href*='/Edit'], a[href$='/Create']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/BankAccounts/Edit/NOK-DNB")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Ledger/Accounts/Create")).Status);
    }

    [Fact]
    public async Task Chart_of_accounts_balances_to_zero_and_an_account_with_entries_cannot_become_a_heading()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);

        var chart = await client.GetAsync("/Ledger/Accounts");
        var edit = await client.GetAsync("/Ledger/Accounts/Edit/3000");
        var version = edit.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;
        var refused = await client.PostAsync("/Ledger/Accounts/Edit/3000",
        [
            new("Input.No", "3000"), new("Input.Name", "Salgsinntekt"), new("Input.Category", "Income"), new("Input.AccountType", "Heading"),
            new("Input.DirectPosting", "true"), new("Input.Blocked", "false"), new("Input.Version", version),
        ], tokenPage: "/Ledger/Accounts/Edit/3000");

        Assert.Equal("0.00", chart.Document.QuerySelector("tfoot td.num .money")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("cannot become a heading", refused.Document.QuerySelector("[data-valmsg-for='Input.AccountType']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gl_entries_of_one_transaction_balance_and_name_their_source()
    {
        var client = await site.SignedInAsync(UserRole.Auditor);

        var page = await client.GetAsync("/Ledger/Entries?transaction=1");

        var rows = page.Document.QuerySelectorAll("tbody tr");
        Assert.True(rows.Length >= 2);
        Assert.All(rows, r => Assert.Contains("Customer", r.TextContent, StringComparison.Ordinal));
        Assert.Null(page.Document.QuerySelector("a[href^='/Ledger/Reverse/']"));              // auditors never see it
    }
}
