using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Tests.Ofx;

/// <summary>
/// Every real OFX file in TestData/ofx, read through the front door (detection + balance check). The expected values
/// were worked out by hand from the files (count of STMTTRN, sum of TRNAMT, LEDGERBAL/BALAMT, ACCTID, CURDEF, DTSTART/DTEND).
/// </summary>
public sealed class OfxGoldenFileTests
{
    public sealed record ExpectedStatement(
        string? Account, string? Currency, int Lines, decimal Sum, decimal? Opening, decimal? Closing, string? From, string? To);

    public static TheoryData<string, ExpectedStatement[]> Files => new()
    {
        {
            "ofx102_asgrim_bancodobrasil_two_stmtrs_cp1252.ofx",
            [
                new("455000-5", "BRL", 0, 0m, 0.00m, 0.00m, "2017-02-20", "2017-02-20"),
                new("655000-2", "BRL", 36, -3648.66m, 8203.94m, 4555.28m, "2017-02-24", "2017-03-29"),
            ]
        },
        {
            "ofx102_asgrim_br_cc_raw_ampersand.ofx",
            [new("99999999-9999-9999-9999-999999999999", "BRL", 16, 393.82m, -1127.87m, -734.05m, "2018-09-13", "2018-10-13")]
        },
        {
            "ofx102_ofxparse_au_empty_tags_leading_blanklines.ofx",
            [new("12345678", "AUD", 1, 12.34m, null, null, "2018-05-06", "2018-08-04")]
        },
        {
            "ofx102_ofxparse_ca_bank_sgml_oneline_tz.ofx",
            [new("12300 000012345678", "CAD", 3, -345.27m, 727.61m, 382.34m, "2009-04-01", "2009-05-23")]
        },
        {
            "ofx102_ofxparse_us_checking_tabs.ofx",
            [new("1452687~7", "USD", 3, -59.50m, 160.49m, 100.99m, "2000-01-01", "2013-05-25")]
        },
        {
            "ofx200_ofxparse_suncorp_au_cdata_crlf.ofx",
            [new("123456789", "AUD", 1, -16.85m, 1250.97m, 1234.12m, "2013-06-18", "2013-12-15")]
        },
    };

    [Fact]
    public void Every_ofx_fixture_has_a_golden_expectation()
    {
        var covered = Files.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var present = TestDataPath.All("ofx", "*.ofx").Select(Path.GetFileName).ToList();

        Assert.NotEmpty(present);
        Assert.All(present, name => Assert.Contains(name!, covered));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Real_file_gives_the_expected_statements(string fileName, ExpectedStatement[] expected)
    {
        var result = Read(fileName);

        Assert.Equal(StatementFormat.Ofx, result.Format);
        Assert.False(result.IsRejected, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(expected.Length, result.Statements.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (header, lines) = (result.Statements[i].Header, result.Statements[i].Lines);
            var want = expected[i];
            Assert.Equal(i, header.StatementIndex);
            Assert.Equal(want.Account, header.Account);
            Assert.Equal(want.Currency, header.Currency);
            Assert.Equal(want.Lines, lines.Count);
            Assert.Equal(want.Sum, lines.Sum(l => l.Amount));
            Assert.Equal(want.Opening, header.OpeningBalance);
            Assert.Equal(want.Closing, header.ClosingBalance);
            Assert.Equal(want.From is null ? null : DateOnly.Parse(want.From), header.From);
            Assert.Equal(want.To is null ? null : DateOnly.Parse(want.To), header.To);
            Assert.Equal(Enumerable.Range(0, lines.Count), lines.Select(l => l.LineIndex));
            Assert.All(lines, l => Assert.Equal(i, l.StatementIndex));
            Assert.All(lines, l => Assert.NotNull(l.BookingDate));
        }
    }

    [Fact]
    public void Derived_opening_balance_is_reported_as_information()
    {
        var result = Read("ofx102_ofxparse_us_checking_tabs.ofx");

        var info = Assert.Single(result.Diagnostics, d => d.Message.Contains("derived", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("100.99", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_line_sgml_file_keeps_fitid_name_memo_and_calendar_date()
    {
        var lines = Read("ofx102_ofxparse_ca_bank_sgml_oneline_tz.ofx").Statements[0].Lines;

        var first = lines[0];
        Assert.Equal(new DateOnly(2009, 4, 1), first.BookingDate); // 20090401122017.000[-5:EST]: the day as written
        Assert.Equal(-6.60m, first.Amount);
        Assert.Equal("CAD", first.Currency);
        Assert.Equal("0000123456782009040100001", first.BankReference);
        Assert.Equal("POS", first.BankTransactionCode);
        Assert.Equal("MCDONALD'S #112", first.CounterpartyName);
        Assert.Equal("POS MERCHANDISE;MCDONALD'S #112", first.Description);

        var check = lines[1];
        Assert.Equal("CHECK", check.BankTransactionCode);
        Assert.Equal(-316.67m, check.Amount);
        Assert.Null(check.Reference); // CHECKNUM 0 means no cheque
        Assert.Equal("MISCELLANEOUS PAYMENTS;Joe's Bald Hairstyles", check.Description);
    }

    [Fact]
    public void Truncated_name_is_kept_as_counterparty_and_full_memo_is_the_text()
    {
        var lines = Read("ofx102_ofxparse_us_checking_tabs.ofx").Statements[0].Lines;

        Assert.Equal("DIVIDEND EARNED FOR PERIOD OF 03", lines[0].CounterpartyName);
        Assert.Equal(32, lines[0].CounterpartyName!.Length);
        Assert.Equal("DIVIDEND EARNED FOR PERIOD OF 03/01/2011 THROUGH 03/31/2011 ANNUAL PERCENTAGE YIELD EARNED IS 0.05%", lines[0].Description);
        Assert.Equal(new DateOnly(2011, 3, 31), lines[0].BookingDate);
        Assert.Equal(0.01m, lines[0].Amount);
        Assert.Equal("0000486", lines[0].BankReference);

        Assert.Equal("319", lines[2].Reference);
        Assert.Equal("CHECKNUM", lines[2].ReferenceType);
        Assert.Equal("RETURNED CHECK FEE, CHECK # 319 FOR $45.33 ON 04/07/11", lines[2].Description);
    }

    [Fact]
    public void Xml_file_unwraps_cdata_and_trims_padding()
    {
        var result = Read("ofx200_ofxparse_suncorp_au_cdata_crlf.ofx");
        var line = Assert.Single(result.Statements[0].Lines);

        Assert.Equal("EFTPOS WDL HANDYWAY ALDI STORE", line.CounterpartyName);
        Assert.Equal("EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU", line.Description);
        Assert.Equal(new DateOnly(2013, 12, 15), line.BookingDate);
        Assert.Equal("1", line.BankReference);
        Assert.Null(line.Reference);
        // Well-formed XML: no fallback to the lenient reader.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("not well-formed", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_elements_become_missing_values_and_mixed_case_type_is_normalised()
    {
        var result = Read("ofx102_ofxparse_au_empty_tags_leading_blanklines.ofx", new ParseOptions { DefaultCurrency = "AUD" });
        var statement = Assert.Single(result.Statements);
        var line = Assert.Single(statement.Lines);

        Assert.Equal("CREDIT", line.BankTransactionCode);
        Assert.Null(line.BankReference); // <FITID></FITID>
        Assert.Null(line.CounterpartyName); // <NAME></NAME>
        Assert.Null(line.Reference); // empty CHECKNUM and REFNUM
        Assert.Equal("CBA:Transfer", line.Description);
        Assert.Equal(new DateOnly(2018, 5, 7), line.BookingDate);
        Assert.Equal(12.34m, line.Amount);
        Assert.Null(line.OriginalCurrency); // CURRENCY/CURSYM AUD is the account currency
        Assert.Null(statement.Header.ClosingBalance); // <BALAMT></BALAMT>
    }

    [Fact]
    public void Empty_curdef_without_a_default_takes_the_transaction_currency()
    {
        var line = Read("ofx102_ofxparse_au_empty_tags_leading_blanklines.ofx").Statements[0].Lines[0];

        Assert.Equal("AUD", line.Currency);
        Assert.Equal(12.34m, line.Amount);
        Assert.Null(line.OriginalCurrency);
    }

    [Fact]
    public void Windows_1252_text_is_decoded_from_the_charset_header()
    {
        var statement = Read("ofx102_asgrim_bancodobrasil_two_stmtrs_cp1252.ofx").Statements[1];

        var first = statement.Lines[0];
        Assert.Equal(new DateOnly(2017, 3, 1), first.BookingDate);
        Assert.Equal(13318.36m, first.Amount);
        Assert.Equal("DEP", first.BankTransactionCode);
        Assert.Equal("2017030101331836", first.BankReference);
        Assert.Equal("5322222", first.Reference);
        Assert.Equal("TED-CRÉDITO EM CONTA", first.Description);

        var last = statement.Lines[^1];
        Assert.Equal(new DateOnly(2017, 3, 27), last.BookingDate);
        Assert.Equal(-68.00m, last.Amount);
        Assert.Equal("DEBIT", last.BankTransactionCode);
        Assert.Equal("TARIFA PACOTE DE SERVIÇOS", last.Description);
        Assert.Equal("01096659", last.Reference); // leading zero kept

        Assert.Contains(statement.Lines, l => l.Description == "TRANSFERÊNCIA AGENDADA" && l.Amount == 4992.92m);
    }

    [Fact]
    public void Raw_ampersand_in_memo_is_kept_as_text()
    {
        var lines = Read("ofx102_asgrim_br_cc_raw_ampersand.ofx").Statements[0].Lines;

        Assert.Equal("Amazon.Com.Br Amazon & Cloud 3/3", lines[0].Description);
        Assert.Equal(-33.3m, lines[0].Amount);
        Assert.Equal(new DateOnly(2018, 9, 13), lines[0].BookingDate);
        Assert.Equal("5b4f6eea-9999-9999-9999-794a31c8f61b", lines[0].BankReference);
        Assert.Contains(lines, l => l.Description == "IOF de \"Leupay.Eu\" & Whoelse" && l.Amount == -5.27m);
        Assert.Equal(-140m, lines[2].Amount);
        Assert.Equal(600m, lines.Single(l => l.BankReference == "5ba47b96-9999-9999-9999-d57a38a6507d").Amount);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parser_claims_every_real_file_by_content(string fileName, ExpectedStatement[] expected)
    {
        var head = File.ReadAllBytes(TestDataPath.Of("ofx", fileName)).AsSpan();

        Assert.NotEmpty(expected);
        Assert.True(new BankRecon.Importers.Ofx.OfxParser().CanRead(head[..Math.Min(head.Length, 8192)]));
        Assert.Equal(StatementFormat.Ofx, StatementReader.Detect(head[..Math.Min(head.Length, 8192)])?.Format);
    }

    private static ParseResult Read(string fileName, ParseOptions? options = null)
    {
        using var stream = File.OpenRead(TestDataPath.Of("ofx", fileName));
        return StatementReader.Read(stream, options);
    }
}
