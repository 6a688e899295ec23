using System.Net;
using AngleSharp.Dom;
using BankRecon.Domain.Payments;
using BankRecon.Domain.Users;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

/// <summary>Posting invoices through the form, finding them in the ledger, reversing them; who may do what.</summary>
public sealed class DocumentPostingTests(DemoCompanySiteFactory site) : IClassFixture<DemoCompanySiteFactory>
{
    private static List<KeyValuePair<string, string>> SalesInvoice(string party, params (string Description, string Amount)[] lines)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.CreditMemo", "false"), new("Input.PartyNo", party), new("Input.PostingDate", ""), new("Input.DocumentDate", ""),
            new("Input.ExternalDocumentNo", "PO-4711"), new("Input.PaymentBankAccountNo", ""),
        };
        for (var i = 0; i < 5; i++)
        {
            var (description, amount) = i < lines.Length ? lines[i] : ("", "");
            form.Add(new($"Input.Lines[{i}].Description", description));
            form.Add(new($"Input.Lines[{i}].GlAccountNo", ""));
            form.Add(new($"Input.Lines[{i}].Amount", amount));
        }

        return form;
    }

    private async Task<(string DocumentNo, Page Document)> PostSalesInvoiceAsync(SiteClient client, params (string, string)[] lines)
    {
        var posted = await client.PostAsync("/Documents/PostSales", SalesInvoice("10000", lines), tokenPage: "/Documents/PostSales");
        Assert.True(posted.Status == HttpStatusCode.Redirect, string.Join(" | ", posted.ValidationMessages));
        Assert.StartsWith("/Documents/Posted/SalesInvoice/", posted.Location, StringComparison.Ordinal);
        return (posted.Location!.Split('/')[^1], await client.GetAsync(posted.Location));
    }

    [Fact]
    public async Task A_sales_invoice_posted_through_the_form_is_an_open_customer_entry_with_a_kid()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);

        var (documentNo, document) = await PostSalesInvoiceAsync(client, ("Tømmer", "1234.50"), ("Frakt", "100"));
        var entries = await client.GetAsync($"/Customers/Entries?party=10000&q={documentNo}");

        var status = document.Document.QuerySelector(".status-message")?.TextContent ?? "";
        var reference = document.Document.QuerySelector("[data-payment-reference]")!.TextContent.Trim();
        Assert.Contains($"Sales invoice {documentNo} posted, due", status, StringComparison.Ordinal);
        Assert.Contains($"payment reference {reference}", status, StringComparison.Ordinal);
        Assert.True(PaymentReference.IsValidKidMod10(reference), $"{reference} is not a KID with a MOD10 check digit.");
        Assert.Contains("1,334.50", document.Document.QuerySelector(".figures")?.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(entries.Document.QuerySelectorAll("tbody tr"));
        Assert.Contains(documentNo, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(reference, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1,334.50", row.QuerySelectorAll("td.num")[2].TextContent, StringComparison.Ordinal);  // remaining
        Assert.Null(row.QuerySelector(".badge-danger"));                                                           // due in 30 days
        Assert.Contains("PO-4711", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amounts_typed_the_norwegian_way_are_read_in_norwegian()
    {
        using var client = site.NewClient();
        await client.SignInAsync("accountant", BankRecon.Application.Users.DemoUsers.Password);
        await client.PostAsync("/Account/Language", [new("culture", "nb-NO"), new("returnUrl", "/")]);

        var (_, document) = await PostSalesInvoiceAsync(client, ("Konsulenttimer", "12 345,60"));
        await client.PostAsync("/Account/Language", [new("culture", "en-GB"), new("returnUrl", "/")]);

        Assert.Contains("12\u00A0345,60", document.Document.QuerySelector(".figures")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_are_shown_next_to_the_line_and_nothing_is_posted()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var form = SalesInvoice("10000", ("Reparasjon", "12,5,0"), ("", "80"));
        var empty = SalesInvoice("10000");

        var bad = await client.PostAsync("/Documents/PostSales", form, tokenPage: "/Documents/PostSales");
        var none = await client.PostAsync("/Documents/PostSales", empty, tokenPage: "/Documents/PostSales");
        var unknown = await client.PostAsync("/Documents/PostSales", SalesInvoice("99999", ("x", "10")), tokenPage: "/Documents/PostSales");

        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("Enter an amount", bad.Document.QuerySelector("[data-valmsg-for='Input.Lines[0].Amount']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,5,0", bad.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Lines[0].Amount']")?.Value);
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Contains("Add at least one line.", none.ValidationMessages);
        Assert.Contains("does not exist", unknown.Document.QuerySelector("[data-valmsg-for='Input.PartyNo']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_line_without_javascript_returns_the_form_with_one_more_row_and_posts_nothing()
    {
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var form = SalesInvoice("10000", ("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5"));

        var page = await client.PostAsync("/Documents/PostSales?handler=AddLine", form, tokenPage: "/Documents/PostSales");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(6, page.Document.QuerySelectorAll("tr.line-row").Length);
        Assert.Equal("E", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Lines[4].Description']")?.Value);
        Assert.Null(page.Document.QuerySelector(".status-message"));
    }

    [Fact]
    public async Task Reversing_the_invoice_marks_it_and_a_second_reversal_is_refused_with_the_reason()
    {
        var client = await site.SignedInAsync(UserRole.Accountant);
        var (documentNo, document) = await PostSalesInvoiceAsync(client, ("Feilført", "500"));
        var entryUrl = document.Document.QuerySelector("a[href^='/Customers/Entries/Details/']")!.GetAttribute("href")!;
        var entry = await client.GetAsync(entryUrl);
        var reverseUrl = entry.Document.QuerySelector("a[href^='/Ledger/Reverse/']")!.GetAttribute("href")!;

        var confirm = await client.GetAsync(reverseUrl);
        var reversed = await client.PostAsync(reverseUrl, [new("ReturnUrl", entryUrl)], tokenPage: reverseUrl);
        var after = await client.GetAsync(reversed.Location!);
        var again = await client.PostAsync(reverseUrl, [new("ReturnUrl", entryUrl)], tokenPage: "/Documents/PostSales");
        var closed = await client.GetAsync($"/Customers/Entries?status=Closed&q={documentNo}");

        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal(2, confirm.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(HttpStatusCode.Redirect, reversed.Status);
        Assert.Equal(entryUrl, reversed.Location);
        Assert.Matches(@"Transaction \d+ was reversed by transaction \d+\.", after.Document.QuerySelector(".status-message")?.TextContent);
        Assert.Contains("Reversed", after.Document.QuerySelector(".page-meta")?.TextContent, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("a[href^='/Ledger/Reverse/']"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains(again.ValidationMessages, m => m.Contains("already been reversed", StringComparison.Ordinal));
        Assert.Equal(2, closed.Document.QuerySelectorAll("tbody tr .badge-warning").Length);                      // the invoice and its mirror
    }

    [Theory]
    [InlineData(UserRole.Bookkeeper)]
    [InlineData(UserRole.Auditor)]
    public async Task Only_accountants_and_administrators_may_reverse(UserRole role)
    {
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var (_, document) = await PostSalesInvoiceAsync(accountant, ("Test", "10"));
        var entryUrl = document.Document.QuerySelector("a[href^='/Customers/Entries/Details/']")!.GetAttribute("href")!;
        var reverseUrl = (await accountant.GetAsync(entryUrl)).Document.QuerySelector("a[href^='/Ledger/Reverse/']")!.GetAttribute("href")!;
        var client = await site.SignedInAsync(role);

        var entry = await client.GetAsync(entryUrl);
        var confirm = await client.GetAsync(reverseUrl);
        var post = await client.PostAsync(reverseUrl, []);

        Assert.Equal(HttpStatusCode.OK, entry.Status);
        Assert.Null(entry.Document.QuerySelector("a[href^='/Ledger/Reverse/']"));
        Assert.Equal(HttpStatusCode.Forbidden, confirm.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
    }

    [Fact]
    public async Task Auditor_cannot_post_and_sees_no_buttons_that_would_change_anything()
    {
        var auditor = await site.SignedInAsync(UserRole.Auditor);

        var form = await auditor.GetAsync("/Documents/PostSales");
        var post = await auditor.PostAsync("/Documents/PostSales", SalesInvoice("10000", ("Forsøk", "10")));
        var pages = new[] { "/", "/Customers", "/Customers/Details/10000", "/Customers/Entries", "/Vendors", "/BankAccounts", "/Ledger/Accounts", "/Ledger/Entries" };

        Assert.Equal(HttpStatusCode.Forbidden, form.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        foreach (var url in pages)
        {
            var page = await auditor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var changing = page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(h => h.StartsWith("/Documents/Post", StringComparison.Ordinal) || h.Contains("/Create", StringComparison.Ordinal)
                    || h.Contains("/Edit", StringComparison.Ordinal) || h.StartsWith("/Ledger/Reverse", StringComparison.Ordinal))
                .ToList();
            Assert.True(changing.Count == 0, $"{url} offers the auditor: {string.Join(", ", changing)}");
        }
    }

    [Fact]
    public async Task Overdue_filter_shows_only_overdue_entries_each_with_an_overdue_badge()
    {
        var client = await site.SignedInAsync(UserRole.Auditor);

        var page = await client.GetAsync("/Customers/Entries?overdue=true&size=200");

        var rows = page.Document.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Contains("row-overdue", r.ClassName, StringComparison.Ordinal);
            Assert.Equal("Overdue", r.QuerySelector(".badge-danger")?.TextContent.Trim());
        });
        Assert.True(page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#overdue")!.IsChecked);
    }
}
