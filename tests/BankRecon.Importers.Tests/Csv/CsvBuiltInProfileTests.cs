using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;

namespace BankRecon.Importers.Tests.Csv;

/// <summary>
/// Each built-in profile against its synthetic fixture (TestData/csv/builtin-&lt;name&gt;.csv, written for these tests; no
/// real customer data). Expected values were worked out by hand from the fixture rows.
/// </summary>
public sealed class CsvBuiltInProfileTests
{
    public sealed record Expected(
        int Lines, decimal Sum, decimal? Opening, decimal? Closing, string From, string To, string? Currency,
        string FirstDate, decimal FirstAmount, string FirstText, bool NewestFirst, int Pending);

    public static TheoryData<string, Expected> Fixtures => new()
    {
        { "dnb-no", new(4, 23176.50m, null, null, "2026-01-05", "2026-01-14", "NOK", "2026-01-14", 25000.00m, "Lønn Fjordkraft AS", true, 1) },
        { "dnb-no-legacy", new(3, -8140.00m, null, null, "2025-03-02", "2025-03-04", "NOK", "2025-03-02", -12500.00m, "Husleie mars", false, 0) },
        { "sparebank1-no", new(3, 20.25m, null, null, "2026-02-03", "2026-02-05", "NOK", "2026-02-03", -429.00m, "Matkroken Ålesund", false, 0) },
        { "sbanken-no", new(2, 1687.60m, null, null, "2025-04-10", "2025-04-11", "NOK", "2025-04-10", -312.40m, "KIWI 505 GRÜNERLØKKA", false, 0) },
        { "nordea-no", new(2, 8800.00m, 0.00m, 8800.00m, "2025-06-02", "2025-06-03", "NOK", "2025-06-03", -1200.00m, "Eiendomsskatt KID 0012345678", true, 1) },
        { "nordea-se", new(3, 47500.00m, 0.00m, 47500.00m, "2025-09-28", "2025-09-30", "SEK", "2025-09-30", -2500.00m, "Betalning OCR 4455667788", true, 0) },
        { "nordea-dk", new(2, 1410.05m, 0.00m, 1410.05m, "2025-11-01", "2025-11-03", "DKK", "2025-11-03", -89.95m, "Dankort-køb Netto", true, 0) },
        { "nordea-fi", new(2, 964.10m, 0.00m, 964.10m, "2025-05-19", "2025-05-20", "EUR", "2025-05-20", -35.90m, "Korttiosto", true, 1) },
        { "handelsbanken-se", new(2, 21050.00m, 0.00m, 21050.00m, "2025-09-25", "2025-10-02", "SEK", "2025-10-02", -8950.00m, "Hyra oktober Fastighets AB", true, 0) },
        { "seb-se", new(3, -1062.45m, 10000.00m, 8937.55m, "2025-04-01", "2025-04-03", "SEK", "2025-04-01", 250.00m, "Swish från Åsa Öberg", false, 0) },
        { "swedbank-se", new(3, 2554.18m, 0.00m, 2554.18m, "2025-09-27", "2025-09-30", "SEK", "2025-09-30", -39.00m, "PRIS NYCKELKUND", true, 0) },
        { "danske-dk", new(3, 16265.44m, 1234.56m, 17500.00m, "2025-12-02", "2025-12-04", "DKK", "2025-12-02", 25000.00m, "Løn december", false, 1) },
        { "danske-no", new(2, 1850.00m, 5000.00m, 6850.00m, "2026-01-06", "2026-01-07", "NOK", "2026-01-06", -150.00m, "Vipps Bjørn Håland", false, 0) },
    };

    [Fact]
    public void Every_built_in_profile_has_a_fixture_and_a_test_row()
    {
        var tested = Fixtures.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(CsvProfiles.BuiltIn, profile =>
        {
            Assert.Contains(profile.Name, tested);
            Assert.True(File.Exists(TestDataPath.Of("csv", $"builtin-{profile.Name}.csv")), profile.Name);
            Assert.Empty(profile.Validate());
            Assert.False(string.IsNullOrWhiteSpace(profile.Notes));
        });
        Assert.Equal(CsvProfiles.BuiltIn.Count, CsvProfiles.BuiltIn.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reads_with_its_built_in_profile(string name, Expected expected)
    {
        var profile = CsvProfiles.Find(name);
        Assert.NotNull(profile);

        var result = Read(name, new ParseOptions { CsvProfile = profile });

        AssertExpected(result, expected);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Detector_proposes_the_built_in_profile(string name, Expected expected)
    {
        using var stream = File.OpenRead(TestDataPath.Of("csv", $"builtin-{name}.csv"));

        var proposal = CsvProfileDetector.Propose(stream);

        Assert.Equal(name, proposal.BuiltInName);
        Assert.Equal(name, proposal.Profile?.Name);
        Assert.True(proposal.Confidence >= 0.9, $"confidence {proposal.Confidence}");
        Assert.Equal(0, stream.Position);
        Assert.True(expected.Lines > 0);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reads_the_same_without_a_profile(string name, Expected expected)
    {
        var result = Read(name, ParseOptions.Default);

        Assert.Equal(StatementFormat.Csv, result.Format);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains($"'{name}'", StringComparison.Ordinal));
        AssertExpected(result, expected);
    }

    [Fact]
    public void Windows_1252_fixture_keeps_danish_and_norwegian_letters()
    {
        var lines = Read("danske-dk", new ParseOptions { CsvProfile = CsvProfiles.DanskeBankDk }).Statements[0].Lines;

        Assert.Equal(["Løn december", "Husleje", "Dankort Føtex Århus"], lines.Select(l => l.Description));
    }

    [Fact]
    public void Dnb_fixture_reads_nbsp_thousands_and_quoted_delimiters()
    {
        var lines = Read("dnb-no", new ParseOptions { CsvProfile = CsvProfiles.DnbNo }).Statements[0].Lines;

        Assert.Equal(-1234.50m, lines[1].Amount); // "1\u00A0234,50"
        Assert.Equal("Giro KID 1234567890128 Hafslund Strøm", lines[1].Description);
        Assert.Equal("Overføring; sparekonto", lines[2].Description);
        Assert.Equal(new DateOnly(2026, 1, 12), lines[1].ValueDate);
        Assert.Equal("line 4", lines[1].Location);
    }

    [Fact]
    public void Sbanken_archive_reference_is_the_bank_reference()
    {
        var lines = Read("sbanken-no", new ParseOptions { CsvProfile = CsvProfiles.SbankenNo }).Statements[0].Lines;

        Assert.Equal(["8800123456", "8800123457"], lines.Select(l => l.BankReference));
    }

    [Fact]
    public void Nordea_fi_reference_number_and_counterparty_are_mapped()
    {
        var lines = Read("nordea-fi", new ParseOptions { CsvProfile = CsvProfiles.NordeaFi }).Statements[0].Lines;

        Assert.Equal("1232", lines[1].Reference);
        Assert.Equal("Työnantaja Oy", lines[1].CounterpartyName);
        Assert.Equal("EUR", lines[1].Currency);
    }

    [Fact]
    public void Swedbank_preamble_is_skipped_and_account_column_names_the_statement()
    {
        var result = Read("swedbank-se", new ParseOptions { CsvProfile = CsvProfiles.SwedbankSe });

        var statement = Assert.Single(result.Statements);
        Assert.Equal("9123456789", statement.Header.Account);
        Assert.Equal("Swish från Linnéa, Malmö", statement.Lines[1].Description);
        Assert.Equal(new DateOnly(2025, 9, 28), statement.Lines[1].ValueDate);
        Assert.Equal("line 3", statement.Lines[0].Location);
    }

    [Fact]
    public void Find_is_case_insensitive_and_returns_null_for_unknown_names()
    {
        Assert.Same(CsvProfiles.DnbNo, CsvProfiles.Find("DNB-NO"));
        Assert.Same(CsvProfiles.SwedbankSe, CsvProfiles.Find(" swedbank-se "));
        Assert.Null(CsvProfiles.Find("no-such-bank"));
        Assert.Null(CsvProfiles.Find(null));
    }

    private static void AssertExpected(ParseResult result, Expected expected)
    {
        Assert.False(result.IsRejected, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statement = Assert.Single(result.Statements);
        var lines = statement.Lines;
        Assert.Equal(expected.Lines, lines.Count);
        Assert.Equal(expected.Sum, lines.Sum(l => l.Amount));
        Assert.Equal(expected.Opening, statement.Header.OpeningBalance);
        Assert.Equal(expected.Closing, statement.Header.ClosingBalance);
        Assert.Equal(DateOnly.Parse(expected.From), statement.Header.From);
        Assert.Equal(DateOnly.Parse(expected.To), statement.Header.To);
        Assert.Equal(expected.Currency, statement.Header.Currency);
        Assert.Equal(DateOnly.Parse(expected.FirstDate), lines[0].BookingDate);
        Assert.Equal(expected.FirstAmount, lines[0].Amount);
        Assert.Equal(expected.FirstText, lines[0].Description);
        Assert.Equal(Enumerable.Range(0, lines.Count), lines.Select(l => l.LineIndex));
        Assert.Equal(expected.NewestFirst, result.Diagnostics.Any(d => d.Message.Contains("newest first", StringComparison.Ordinal)));
        if (expected.Pending > 0)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith($"{expected.Pending} reserved/pending row(s)", StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("reserved/pending", StringComparison.Ordinal));
        }
    }

    private static ParseResult Read(string name, ParseOptions options)
    {
        using var stream = File.OpenRead(TestDataPath.Of("csv", $"builtin-{name}.csv"));
        return StatementReader.Read(stream, options);
    }
}
