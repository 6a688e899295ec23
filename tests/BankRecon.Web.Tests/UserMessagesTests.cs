using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Tests;

/// <summary>
/// The code → resource mapping of use-case errors and parser diagnostics: every code the source can produce has a text
/// in all three languages, and the texts are filled in with values formatted for the reader's culture.
/// </summary>
public sealed partial class UserMessagesTests
{
    private static readonly string Src = Path.GetFullPath(Path.Combine(SourceTree.WebProject, ".."));

    internal static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    /// <summary>Codes built at run time ("parse.more-" + severity), which the source scan cannot see.</summary>
    private static readonly string[] DynamicDiagnosticCodes = ["parse.more-info", "parse.more-warning", "parse.more-error"];

    [Theory]
    [InlineData("")]
    [InlineData(".nb")]
    [InlineData(".sv")]
    public void Every_error_code_of_the_use_cases_and_the_domain_has_a_text(string language)
    {
        var keys = ResourceKeys(language);
        var codes = UseCaseErrorCodes();

        Assert.True(codes.Count > 120, $"Only {codes.Count} error codes found; is the pattern still right?");
        var missing = codes.Where(c => !UserMessages.ErrorKeys(c).Any(keys.Contains)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".nb")]
    [InlineData(".sv")]
    public void Every_diagnostic_code_of_the_statement_parsers_has_a_text(string language)
    {
        var keys = ResourceKeys(language);
        var codes = DiagnosticCodes();

        Assert.True(codes.Count > 30, $"Only {codes.Count} diagnostic codes found; is the pattern still right?");
        var missing = codes.Where(c => !keys.Contains(UserMessages.DiagnosticKey(c))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void A_code_without_a_text_shows_the_english_message()
    {
        using var culture = new CultureScope("nb-NO");
        var error = new Error("nobody.knows-this", "Something odd happened at line 4.") { Args = [4] };

        Assert.Equal("Something odd happened at line 4.", UserMessages.For(error, Localizer));
        Assert.Equal("The bank said no.", UserMessages.For(new ParseDiagnostic(DiagnosticSeverity.Warning, "file", "The bank said no."), Localizer));
    }

    [Fact]
    public void Instants_and_amounts_are_formatted_for_the_reader()
    {
        var note = ImportNote.Of("import.already-imported", "The file a.xml was already imported on 2026-01-31 13:05 UTC by anna (as b.xml).",
            "a.xml", new DateTime(2026, 1, 31, 13, 5, 0, DateTimeKind.Utc), "anna", "b.xml");
        var gap = ImportNote.Of("import.balance-gap", "…", "2", 1234.5m, "NOK-DNB", 1000m, 234.5m);
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

        using (new CultureScope("nb-NO"))
        {
            Assert.Equal("Filen a.xml ble allerede importert 31.01.2026 14:05 av anna (som b.xml).", UserMessages.For(note, Localizer, oslo));
            Assert.Contains("inngående saldo 1\u00a0234,50", UserMessages.For(gap, Localizer), StringComparison.Ordinal);
        }

        using (new CultureScope("sv-SE"))
        {
            // Without a time zone the instant says it is UTC.
            Assert.Equal("Filen a.xml importerades redan 2026-01-31 13:05 UTC av anna (som b.xml).", UserMessages.For(note, Localizer));
        }

        using (new CultureScope("en-GB"))
        {
            Assert.Contains("opens at 1,234.50", UserMessages.For(gap, Localizer), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nb-NO", "DTPOSTED «20261301» er ikke en dato.", "Saldo CLBD er i EUR, men kontoen er i NOK; den brukes ikke i saldokontrollen.")]
    [InlineData("sv-SE", "DTPOSTED ”20261301” är inte ett datum.", "Saldo CLBD är i EUR men kontot är i NOK; det används inte i saldokontrollen.")]
    public void Parser_warnings_with_values_are_shown_in_the_readers_language(string culture, string notADate, string balanceCurrency)
    {
        var date = ParseDiagnostic.Warning("line 4", "DTPOSTED '20261301' is not a date.").Coded("parse.ofx-not-a-date", "DTPOSTED", "20261301");
        var balance = ParseDiagnostic.Warning("Stmt[1]/Bal[2]", "Balance CLBD is in EUR but the account is in NOK; it is not used for the balance check.")
            .Coded("parse.camt-balance-currency", "CLBD", "EUR", "NOK");

        using (new CultureScope(culture))
        {
            Assert.Equal(notADate, UserMessages.For(date, Localizer));
            Assert.Equal(balanceCurrency, UserMessages.For(balance, Localizer));
        }
    }

    [Theory]
    [InlineData("nb-NO", "Rapporten oppgir 3 debetposter på til sammen 1\u00a0250,50 (:90D:), men 2 på til sammen 1\u00a0000,00 ble lest.")]
    [InlineData("sv-SE", "Rapporten anger 3 debetposter på sammanlagt 1\u00a0250,50 (:90D:), men 2 på sammanlagt 1\u00a0000,00 lästes.")]
    public void Amounts_in_a_parser_warning_are_written_as_the_reader_writes_them(string culture, string expected)
    {
        var totals = ParseDiagnostic.Warning("line 9", "The report announces 3 debit entries totalling 1250.50 (:90D:), but 2 totalling 1000.00 were read.")
            .Coded("parse.mt940-debit-totals", 3, 1250.50m, 2, 1000.00m);

        using (new CultureScope(culture))
        {
            Assert.Equal(expected, UserMessages.For(totals, Localizer));
        }
    }

    [Fact]
    public void A_refusal_that_carries_a_parser_diagnostic_translates_the_diagnostic_and_its_location()
    {
        var dtd = ParseDiagnostic.Fatal("line 2, position 10", "XML with a DTD is refused: …").Coded("parse.xml-dtd");
        var refusal = ImportNote.Of("import.unreadable", "…", "bomb.xml", dtd, new FileLocation(dtd.Location)).ToError();

        using (new CultureScope("nb-NO"))
        {
            Assert.Equal("Filen bomb.xml kan ikke importeres: XML med DTD avvises: kontoutskrifter trenger aldri det, og DTD-entiteter kan brukes til å angripe serveren. (ved linje 2, posisjon 10)",
                UserMessages.For(refusal, Localizer));
        }

        using (new CultureScope("sv-SE"))
        {
            Assert.StartsWith("Filen bomb.xml kan inte importeras: XML med DTD avvisas", UserMessages.For(refusal, Localizer), StringComparison.Ordinal);
            Assert.EndsWith("(vid rad 2, position 10)", UserMessages.For(refusal, Localizer), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nb-NO", "line 17", "linje 17")]
    [InlineData("sv-SE", "line 17", "rad 17")]
    [InlineData("nb-NO", "file", "fil")]
    [InlineData("sv-SE", "statement 2, transaction 5 (line 40)", "kontoutdrag 2, transaktion 5 (rad 40)")]
    [InlineData("nb-NO", "Document/BkToCstmrStmt/Stmt[2]/Ntry[5]", "Document/BkToCstmrStmt/Stmt[2]/Ntry[5]")]
    [InlineData("en-GB", "line 17", "line 17")]
    public void Locations_are_put_in_the_readers_words(string culture, string location, string expected)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal(expected, UserMessages.Location(location, Localizer));
    }

    [Fact]
    public void A_posting_refusal_shows_its_amounts_in_the_readers_culture()
    {
        var error = new Error("journal.balance-mismatch", "…") { Args = [1500m, "NOK", 12000m, 10000m, 2000m] };

        using var culture = new CultureScope("sv-SE");

        Assert.Equal("Raderna summerar till 1\u00a0500,00 NOK, men utgående saldo 12\u00a0000,00 − saldo förra kontoutdraget 10\u00a0000,00 är 2\u00a0000,00. "
            + "Rätta saldona eller raderna, eller bokför bara betalningarna.", UserMessages.For(error, Localizer));
    }

    /// <summary>Error codes as the use cases and the domain write them: first string of a Result/Error factory, a validator's code, a planner refusal.</summary>
    internal static IReadOnlyList<string> UseCaseErrorCodes()
    {
        // Bench (truth files) and Entries (the CLI's ledger CSV) only ever reach the command line, where English is the contract.
        string[] cliOnly = [Path.Combine("BankRecon.Application", "Bench"), Path.Combine("BankRecon.Application", "Entries")];
        return [.. new[] { "BankRecon.Application", "BankRecon.Domain" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(Src, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !cliOnly.Any(c => f.Contains(c, StringComparison.Ordinal)))
            .SelectMany(f => UseCaseCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private static List<string> DiagnosticCodes() =>
        [.. Directory.EnumerateFiles(Path.Combine(Src, "BankRecon.Importers"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => DiagnosticCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Concat(DynamicDiagnosticCodes)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    internal static HashSet<string> ResourceKeys(string language) =>
        [.. XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"SharedResource{language}.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!)];

    [GeneratedRegex(@"(?:Invalid|NotFound|Conflict|Forbidden|Error|Of|WithErrorCode|Refuse)\(\s*(?:line,\s*)?""(?<code>[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*)""|Code = ""(?<code>[a-z][a-z0-9-]*\.[a-z0-9-]+)""")]
    private static partial Regex UseCaseCode();

    [GeneratedRegex(@"""(?<code>parse\.[a-z0-9]+(?:-[a-z0-9]+)*)""")]
    private static partial Regex DiagnosticCode();

    /// <summary>Sets the current (UI) culture for one test and puts the old one back.</summary>
    internal sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
