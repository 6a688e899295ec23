using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BankRecon.Domain.Users;
using BankRecon.Web.Navigation;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

public sealed partial class LocalizationTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    private static readonly string Resources = Path.Combine(SourceTree.WebProject, "Resources");

    [Theory]
    [InlineData("nb")]
    [InlineData("sv")]
    public void Every_english_key_is_translated_and_nothing_else(string language)
    {
        var english = ReadResx("SharedResource.resx");
        var translated = ReadResx($"SharedResource.{language}.resx");

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        // Format placeholders must survive translation ("Showing {0}–{1} of {2}").
        foreach (var (key, text) in english)
            Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"Placeholders differ for {key} in {language}");
    }

    [Fact]
    public void Every_literal_key_used_in_pages_and_code_exists_in_english()
    {
        var english = ReadResx("SharedResource.resx");
        var sources = Directory.EnumerateFiles(SourceTree.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var used = sources.SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.True(used.Count > 50, $"Only {used.Count} localizer calls found; is the pattern still right?");
        var missing = used.Where(u => !english.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Keys_built_at_run_time_exist_in_english()
    {
        var english = ReadResx("SharedResource.resx");
        var dynamicKeys = Enum.GetValues<UserRole>().SelectMany(r => new[] { $"Role.{r}", $"Role.{r}.Description" })
            .Concat(NavigationMenu.Groups.Select(g => g.LabelKey))
            .Concat(NavigationMenu.Groups.SelectMany(g => g.Items).Select(i => i.LabelKey))
            .Concat(Enum.GetNames<BankRecon.Web.Infrastructure.StatusMessageKind>().Select(k => $"Status.{k}"))
            .Concat(new[] { "400", "404", "405", "413", "500", "Other" }.SelectMany(c => new[] { $"Status.{c}.Title", $"Status.{c}.Text" }))
            // Business pages: enum values shown as words, and the customer/vendor pages' type-specific texts.
            .Concat(Enum.GetNames<BankRecon.Domain.Ledger.DocumentType>().Select(v => $"DocumentType.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.Documents.PostedDocumentKind>().Select(v => $"DocumentKind.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.Ledger.GlAccountCategory>().Select(v => $"GlCategory.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.Ledger.GlAccountType>().Select(v => $"GlType.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.Ledger.SourceType>().Select(v => $"SourceType.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.BankAccounts.MatchToleranceType>().Select(v => $"ToleranceType.{v}"))
            .Concat(Enum.GetNames<BankRecon.Domain.Payments.PaymentReferenceKind>().SelectMany(v => new[] { $"ReferenceKind.{v}", $"ReferenceKind.{v}.Explanation" }))
            .Concat(Enum.GetNames<BankRecon.Application.Ledger.EntryStatusFilter>().Select(v => $"Entries.Status.{v}"))
            .Concat(new[] { "Customers", "Vendors" }.SelectMany(p => new[] { "Title", "New", "NewDocument", "NoneFound", "Party", "Saved", "Entries" }.Select(n => $"{p}.{n}")))
            .Concat(new[] { "Sales", "Purchase" }.SelectMany(p => new[] { "Title", "Intro", "ExternalHint", "LinesHint", "Submit" }.Select(n => $"Documents.{p}.{n}")))
            .Concat(new[] { "Customers", "Vendors", "OpenInvoices", "OverdueEntries", "Users" }.Select(k => $"Dashboard.Figure.{k}"))
            .Concat(new[] { "Dashboard.Amount.OverdueReceivables" });

        var missing = dynamicKeys.Where(k => !english.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_error_code_the_user_use_cases_can_return_has_a_translation()
    {
        var english = ReadResx("SharedResource.resx");
        var applicationSource = Path.Combine(SourceTree.WebProject, "..", "BankRecon.Application", "Users");
        var codes = Directory.EnumerateFiles(applicationSource, "*.cs")
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Where(c => c.StartsWith("user.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.True(codes.Count > 10, $"Only {codes.Count} error codes found.");
        var missing = codes.Where(c => !english.ContainsKey("Error." + c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Choosing_norwegian_translates_the_page_and_formats_dates_the_norwegian_way()
    {
        using var client = site.NewClient();
        await client.SignInAsync("admin", BankRecon.Application.Users.DemoUsers.Password);

        var english = await client.GetAsync("/Admin/Users?sort=username");
        var switched = await client.PostAsync("/Account/Language", [new("culture", "nb-NO"), new("returnUrl", "/Admin/Users?sort=username")]);
        var norwegian = await client.GetAsync("/Admin/Users?sort=username");

        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
        Assert.Equal("/Admin/Users?sort=username", switched.Location);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nb", norwegian.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Brukere", norwegian.Document.QuerySelector("h1")?.TextContent.Trim());

        var englishDate = english.Document.QuerySelector("td time")!;
        var norwegianDate = norwegian.Document.QuerySelector("td time")!;
        Assert.Equal(englishDate.GetAttribute("datetime"), norwegianDate.GetAttribute("datetime"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", englishDate.TextContent);
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$", norwegianDate.TextContent);
    }

    [Fact]
    public async Task The_chosen_language_is_remembered_for_the_user_on_another_browser()
    {
        using var first = site.NewClient();
        await first.SignInAsync("bookkeeper", BankRecon.Application.Users.DemoUsers.Password);
        await first.PostAsync("/Account/Language", [new("culture", "sv-SE"), new("returnUrl", "/")]);

        using var second = site.NewClient();
        await second.SignInAsync("bookkeeper", BankRecon.Application.Users.DemoUsers.Password);
        var home = await second.GetAsync("/");

        Assert.Equal("sv", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Välkommen", home.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);

        // Put it back for the other tests sharing this user.
        await second.PostAsync("/Account/Language", [new("culture", "en-GB"), new("returnUrl", "/")]);
    }

    [Fact]
    public async Task Browser_language_picks_the_culture_before_anyone_chooses()
    {
        using var client = site.NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        var page = await client.GetAsync("/Account/SignIn");

        Assert.Equal("sv", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Logga in", page.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Unsupported_language_is_refused()
    {
        using var client = site.NewClient();

        var page = await client.PostAsync("/Account/Language", [new("culture", "de-DE"), new("returnUrl", "/")]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
    }

    private static Dictionary<string, string> ReadResx(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?:\bL|localizer)\[""(?<key>[A-Za-z0-9_.\-]+)""[\],]")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"""(?<code>[a-z]+\.[a-z\-]+)""")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
