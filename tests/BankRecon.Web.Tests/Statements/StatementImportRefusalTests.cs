using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using BankRecon.Importers.Abstractions;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests.Statements;

/// <summary>
/// Files the import refuses, posted to the import page by a browser asking for Norwegian or Swedish: the preview says
/// what is wrong and where (line, position, element) in the reader's language, and nothing can be imported.
/// </summary>
public sealed class StatementImportRefusalTests(ImportSiteFactory site) : IClassFixture<ImportSiteFactory>
{
    /// <summary>The "billion laughs" XML bomb: entities that expand to gigabytes if a parser resolves them.</summary>
    public const string XmlBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&lol3;</BkToCstmrStmt></Document>
        """;

    [Theory]
    [InlineData("nb", "Filen tom.xml er tom.")]
    [InlineData("sv", "Filen tom.xml är tom.")]
    public async Task Empty_file_is_refused_in_the_readers_language(string language, string expected)
    {
        var client = await SignedInAsync(language);

        var preview = await PreviewAsync(client, null, ("tom.xml", []));

        Assert.Equal(expected, Problems(preview).Single());
        AssertNothingCanBeImported(preview);
    }

    [Theory]
    [InlineData("nb", "Filen notat.txt kan ikke importeres: Dette er ikke en kontoutskrift vi kan lese.", "bank-CSV.")]
    [InlineData("sv", "Filen notat.txt kan inte importeras: Det här är inget kontoutdrag som vi kan läsa.", "bank-CSV.")]
    public async Task A_file_that_is_no_statement_is_refused_in_the_readers_language(string language, string expected, string where)
    {
        var client = await SignedInAsync(language);

        var preview = await PreviewAsync(client, null, ("notat.txt", Encoding.UTF8.GetBytes("Handleliste:\nmelk\nbrød\n")));

        var problem = Problems(preview).Single();
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.EndsWith(where, problem, StringComparison.Ordinal);
        AssertNothingCanBeImported(preview);
    }

    [Theory]
    [InlineData("nb", "Filen bombe.xml kan ikke importeres: XML med DTD avvises", "angripe serveren.")]
    [InlineData("sv", "Filen bombe.xml kan inte importeras: XML med DTD avvisas", "angripa servern.")]
    public async Task An_xml_bomb_is_refused_before_any_entity_is_read_in_the_readers_language(string language, string expected, string where)
    {
        var client = await SignedInAsync(language);

        var preview = await PreviewAsync(client, null, ("bombe.xml", Encoding.UTF8.GetBytes(XmlBomb)));

        var problem = Problems(preview).Single();
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.EndsWith(where, problem, StringComparison.Ordinal);
        // The diagnostics list says the same, with the location in its own column.
        var diagnostic = preview.Document.QuerySelector(".diagnostic-list li")!;
        Assert.Equal("fil", diagnostic.QuerySelector(".mono")!.TextContent);
        Assert.StartsWith(language == "nb" ? "XML med DTD avvises" : "XML med DTD avvisas", diagnostic.QuerySelector("span:last-child")!.TextContent, StringComparison.Ordinal);
        AssertNothingCanBeImported(preview);
    }

    [Theory]
    [InlineData("nb", "Filen avkuttet.xml kan ikke importeres: Filen er ikke gyldig XML", "(ved linje ")]
    [InlineData("sv", "Filen avkuttet.xml kan inte importeras: Filen är inte välformad XML", "(vid rad ")]
    public async Task A_statement_cut_short_is_refused_with_the_line_where_it_breaks_named_once(string language, string expected, string where)
    {
        await site.EnsureDemoCompanyAsync();
        var client = await SignedInAsync(language);
        var camt = await SampleAsync(client, "EUR-NORDEA", StatementFormat.Camt);

        var preview = await PreviewAsync(client, "EUR-NORDEA", ("avkuttet.xml", camt[..(camt.Length * 2 / 3)]));

        var problem = Problems(preview).Single();
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.Contains(where, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Line ", problem, StringComparison.Ordinal);
        AssertNothingCanBeImported(preview);
    }

    [Theory]
    [InlineData("nb", "Kontoutskrift 1 gjelder bankkonto EUR-NORDEA", "ikke NOK-DNB som valgt.")]
    [InlineData("sv", "Kontoutdrag 1 gäller bankkonto EUR-NORDEA", "inte NOK-DNB som valts.")]
    public async Task A_statement_of_another_account_is_refused_in_the_readers_language(string language, string expected, string end)
    {
        await site.EnsureDemoCompanyAsync();
        var client = await SignedInAsync(language);
        var camt = await SampleAsync(client, "EUR-NORDEA", StatementFormat.Camt);

        var preview = await PreviewAsync(client, "NOK-DNB", ("nordea.xml", camt));

        var problem = Problems(preview).Single();
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.EndsWith(end, problem, StringComparison.Ordinal);
        AssertNothingCanBeImported(preview);
    }

    [Theory]
    [InlineData("nb", @"^Filen igjen\.mt940 ble allerede importert \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} av accountant \(som forst\.mt940\)\.$")]
    [InlineData("sv", @"^Filen igjen\.mt940 importerades redan \d{4}-\d{2}-\d{2} \d{2}:\d{2} av accountant \(som forst\.mt940\)\.$")]
    public async Task The_same_file_twice_says_when_and_by_whom_with_the_date_in_the_readers_format(string language, string expected)
    {
        await site.EnsureDemoCompanyAsync();
        var account = language == "nb" ? "NOK-DNB" : "SEK-SEB";
        var importer = await site.SignedInAsync(UserRole.Accountant);
        var mt940 = await SampleAsync(importer, account, StatementFormat.Mt940);
        var first = await PreviewAsync(importer, account, ("forst.mt940", mt940));
        var imported = await importer.PostWithoutTokenAsync(first.Document.QuerySelector<IHtmlFormElement>("form.import-confirm")!.Action,
            [new("Token", first.Document.QuerySelector<IHtmlInputElement>("form.import-confirm input[name='Token']")!.Value),
             new(SiteClient.AntiforgeryField, first.Document.QuerySelector<IHtmlInputElement>($"form.import-confirm input[name='{SiteClient.AntiforgeryField}']")!.Value)]);
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);

        var client = await SignedInAsync(language);
        var again = await PreviewAsync(client, account, ("igjen.mt940", mt940));

        Assert.Matches(expected, Problems(again).Single());
        Assert.DoesNotContain("UTC", Problems(again).Single(), StringComparison.Ordinal);
        AssertNothingCanBeImported(again);
    }

    private async Task<SiteClient> SignedInAsync(string language)
    {
        // A client of its own: the language comes from the browser (Accept-Language), the user has saved none.
        var client = site.NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var signedIn = await client.SignInAsync(DemoUsers.All.Single(u => u.Role == UserRole.Accountant).UserName, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static Task<byte[]> SampleAsync(SiteClient client, string account, StatementFormat format) => ImportUploads.SampleAsync(client, account, format);

    /// <summary>Uploads the files; returns the preview page the upload redirects to (or the upload page, when it did not).</summary>
    private static async Task<Page> PreviewAsync(SiteClient client, string? bankAccount, params (string Name, byte[] Content)[] files)
    {
        var posted = await ImportUploads.PostFilesAsync(client, bankAccount, files);
        return posted.Status == HttpStatusCode.Redirect ? await client.GetAsync(posted.Location!) : posted;
    }

    private static List<string> Problems(Page preview) =>
        [.. preview.Document.QuerySelectorAll(".note-list-danger li").Select(li => li.TextContent.Trim())];

    private static void AssertNothingCanBeImported(Page preview)
    {
        Assert.NotNull(preview.Document.QuerySelector(".import-file-header .badge-danger"));
        Assert.Null(preview.Document.QuerySelector("form.import-confirm button[type='submit']"));
    }
}
