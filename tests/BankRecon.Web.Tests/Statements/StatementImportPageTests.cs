using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BankRecon.Domain.Users;
using BankRecon.Importers.Abstractions;
using BankRecon.Persistence;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests.Statements;

/// <summary>The statement import through its forms, as a browser would post them (multipart, antiforgery token from the page).</summary>
public sealed class StatementImportPageTests(ImportSiteFactory site) : IClassFixture<ImportSiteFactory>
{
    private static Task<byte[]> SampleAsync(SiteClient client, string account, StatementFormat format) => ImportUploads.SampleAsync(client, account, format);

    private static Task<Page> PostFilesAsync(SiteClient client, string? bankAccount, params (string Name, byte[] Content)[] files) =>
        ImportUploads.PostFilesAsync(client, bankAccount, files);

    /// <summary>Posts the form <paramref name="formSelector"/> with its fields as rendered, like pressing its button.</summary>
    private static Task<Page> SubmitAsync(SiteClient client, Page page, string formSelector, params KeyValuePair<string, string>[] overrides)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on the page.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name))
                .SelectMany(s => s.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(s.Name!, o.Value))))
            .Where(f => !overrides.Any(o => o.Key == f.Key))
            .Concat(overrides)
            .ToList();
        return client.PostWithoutTokenAsync(form.Action, fields);
    }

    [Fact]
    public async Task Upload_preview_and_import_through_the_forms_creates_the_journal_and_shows_the_result()
    {
        await site.EnsureDemoCompanyAsync();
        var client = await site.SignedInAsync(UserRole.Accountant);
        var camt = await SampleAsync(client, "EUR-NORDEA", StatementFormat.Camt);

        var uploaded = await PostFilesAsync(client, "EUR-NORDEA", ("nordea-eur.xml", camt));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        Assert.StartsWith("/Statements/Import?token=", uploaded.Location, StringComparison.Ordinal);
        var preview = await client.GetAsync(uploaded.Location!);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var row = preview.Document.QuerySelector(".import-statements tbody tr")!;
        Assert.Contains("EUR-NORDEA", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("adds up", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ready to import", preview.Document.QuerySelector(".import-file-header")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(preview.ValidationMessages);

        var imported = await SubmitAsync(client, preview, "form.import-confirm");
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        Assert.StartsWith("/Statements/Imports?ids=", imported.Location, StringComparison.Ordinal);
        var result = await client.GetAsync(imported.Location!);
        var journalLink = result.Document.QuerySelector("a[href^='/Journals/Details/']")!;
        Assert.Matches("^PR\\d{5}$", journalLink.TextContent.Trim());
        Assert.Contains("Imported", result.Document.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        var journalId = Guid.Parse(journalLink.GetAttribute("href")!["/Journals/Details/".Length..]);
        var lines = await site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().StatementLines.CountAsync(l => l.JournalId == journalId));
        Assert.True(lines >= 5, $"{lines} lines imported");

        // The same file again: the preview says when and by whom, and the import is refused.
        var again = await client.GetAsync((await PostFilesAsync(client, "EUR-NORDEA", ("again.xml", camt))).Location!);
        Assert.Contains("was already imported on", again.Document.QuerySelector(".note-list-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("by accountant", again.Document.QuerySelector(".note-list-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("form.import-confirm button[type='submit']"));
    }

    [Fact]
    public async Task Csv_layout_is_confirmed_in_the_preview_and_saved_on_the_bank_account()
    {
        await site.EnsureDemoCompanyAsync();
        var client = await site.SignedInAsync(UserRole.Bookkeeper);
        var csv = await SampleAsync(client, "NOK-DNB", StatementFormat.Csv);

        var preview = await client.GetAsync((await PostFilesAsync(client, "NOK-DNB", ("dnb.csv", csv))).Location!);
        var profileForm = preview.Document.QuerySelector<IHtmlFormElement>("form.csv-profile-form")!;
        Assert.Equal("dd.MM.yyyy", profileForm.QuerySelector<IHtmlSelectElement>("select[name='Profile.DatePattern']")!.Value);
        Assert.Equal("DebitCredit", profileForm.QuerySelector<IHtmlSelectElement>("select[name='Profile.AmountLayout']")!.Value);
        Assert.Equal("Ut fra konto", profileForm.QuerySelector<IHtmlSelectElement>("select[name='Profile.DebitColumn']")!.Value);

        // A wrong date pattern reads no row: the live preview shows it before anything is imported.
        var wrong = await SubmitAsync(client, preview, "form.csv-profile-form", KeyValuePair.Create("Profile.DatePattern", "yyyy-MM-dd"));
        Assert.Equal(HttpStatusCode.Redirect, wrong.Status);
        var wrongPreview = await client.GetAsync(wrong.Location!);
        Assert.Contains("Cannot be imported", wrongPreview.Document.QuerySelector(".import-file-header")!.TextContent, StringComparison.Ordinal);
        var fixedUp = await SubmitAsync(client, wrongPreview, "form.csv-profile-form", KeyValuePair.Create("Profile.DatePattern", "dd.MM.yyyy"));
        var fixedPreview = await client.GetAsync(fixedUp.Location!);
        Assert.True(fixedPreview.Document.QuerySelectorAll(".csv-profile .preview-lines tbody tr").Length >= 5);

        var imported = await SubmitAsync(client, fixedPreview, "form.import-confirm");
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        var saved = await site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().BankAccounts.Where(b => b.No == "NOK-DNB").Select(b => b.CsvProfileJson).SingleAsync());
        Assert.NotNull(saved);
        Assert.Contains("dd.MM.yyyy", saved, StringComparison.Ordinal);
        Assert.Contains("-confirmed", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_large_file_and_no_file_are_refused_with_a_message_and_nothing_is_stored()
    {
        await site.EnsureDemoCompanyAsync();
        var client = await site.SignedInAsync(UserRole.Accountant);

        var tooLarge = await PostFilesAsync(client, "NOK-DNB", ("huge.csv", new byte[ImportSiteFactory.MaxFileBytes + 1]));
        var none = await PostFilesAsync(client, "NOK-DNB");

        Assert.Equal(HttpStatusCode.OK, tooLarge.Status);
        Assert.Contains("The file huge.csv is too large: a statement file may be at most 0.1 MB.", tooLarge.ValidationMessages);
        Assert.Contains("Choose at least one statement file.", none.ValidationMessages);
        Assert.False(Directory.Exists(Path.Combine(site.DataFolder, "uploads")) && Directory.EnumerateFiles(Path.Combine(site.DataFolder, "uploads"), "huge*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Non_statement_file_is_shown_as_refused_and_nothing_is_imported()
    {
        await site.EnsureDemoCompanyAsync();
        var client = await site.SignedInAsync(UserRole.Accountant);

        var preview = await client.GetAsync((await PostFilesAsync(client, null, ("letter.txt", "Dear bank,\nplease send money.\n"u8.ToArray()))).Location!);

        Assert.Contains("not a bank statement we can read", preview.Document.QuerySelector(".note-list-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(preview.Document.QuerySelector("form.import-confirm button[type='submit']"));
    }

    [Fact]
    public async Task Auditor_may_neither_open_the_import_page_nor_post_to_it_but_sees_the_import_history()
    {
        var auditor = await site.SignedInAsync(UserRole.Auditor);
        var token = await auditor.AntiforgeryTokenAsync();

        var page = await auditor.Http.GetAsync("/Statements/Import");
        var post = await auditor.PostWithoutTokenAsync("/Statements/Import?handler=Import", [new(SiteClient.AntiforgeryField, token), new("Token", "x")]);
        var history = await auditor.GetAsync("/Statements/Imports");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Null(history.Document.QuerySelector("a.button-primary[href='/Statements/Import']"));
    }

    [Fact]
    public async Task A_token_of_another_user_or_a_made_up_token_shows_nothing()
    {
        await site.EnsureDemoCompanyAsync();
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var bookkeeper = await site.SignedInAsync(UserRole.Administrator);
        var camt = await SampleAsync(accountant, "SEK-SEB", StatementFormat.Camt);
        var location = (await PostFilesAsync(accountant, "SEK-SEB", ("seb.xml", camt))).Location!;

        var stolen = await bookkeeper.GetAsync(location);
        var traversal = await accountant.GetAsync("/Statements/Import?token=..%2F..%2Fkeys");

        Assert.Contains("no longer available", string.Join(" ", stolen.ValidationMessages), StringComparison.Ordinal);
        Assert.Null(stolen.Document.QuerySelector(".import-preview"));
        Assert.Contains("no longer available", string.Join(" ", traversal.ValidationMessages), StringComparison.Ordinal);
    }
}
