using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Mt940;

namespace BankRecon.Importers.Tests.Mt940;

/// <summary>Our own fixtures (TestData/mt940/*_synthetic_*) and inline snippets for quirks the public samples miss.</summary>
public sealed class Mt940ParserTests
{
    private static readonly Mt940Parser Parser = new();

    [Fact]
    public void Norwegian_dnb_style_statement_in_nok_with_structured_kid()
    {
        var result = StatementFiles.Read("mt940/mt940_synthetic_dnb_no_nok_blocks.sta");

        Assert.Equal(StatementFormat.Mt940, result.Format);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statement = Assert.Single(result.Statements);
        Assert.Equal("NO9386011117947", statement.Header.Account);
        Assert.Equal("NOK", statement.Header.Currency);
        Assert.Equal(125000.00m, statement.Header.OpeningBalance);
        Assert.Equal(136799.50m, statement.Header.ClosingBalance);
        Assert.Equal(3, statement.Lines.Count);

        // CK = credit + funds code K (third letter of NOK); OCMT gives the payer's EUR amount
        var credit = statement.Lines[0];
        Assert.Equal(15000.00m, credit.Amount);
        Assert.Equal(1300.00m, credit.OriginalAmount);
        Assert.Equal("EUR", credit.OriginalCurrency);
        Assert.Equal("E2E-2024-0001", credit.EndToEndId);
        Assert.Equal("Nordmann Bygg AS", credit.CounterpartyName);
        Assert.Equal("NO8330001234567", credit.CounterpartyAccount);
        Assert.Equal("0012345678903", credit.Reference);
        Assert.Equal("SCOR", credit.ReferenceType);

        // A KID only in free text is left for the matcher
        Assert.Null(statement.Lines[1].Reference);
        Assert.Equal("Betaling faktura 2024-17 KID 1234567890128", statement.Lines[1].Description);

        // RCK = reversal of a credit (money out) with funds code K
        var reversal = statement.Lines[2];
        Assert.Equal(-700.00m, reversal.Amount);
        Assert.True(reversal.IsReversal);
        Assert.Equal("Tilbakeføring av innbetaling", reversal.Description);
    }

    [Fact]
    public void Swedish_seb_style_statement_in_sek_with_rf_reference_in_svwz()
    {
        var result = StatementFiles.Read("mt940/mt940_synthetic_seb_se_sek_subfields.sta");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statement = Assert.Single(result.Statements);
        Assert.Equal("SE4550000000058398257466", statement.Header.Account);
        Assert.Equal("SEK", statement.Header.Currency);
        Assert.Equal(new DateOnly(2024, 2, 29), statement.Header.From);

        var credit = statement.Lines[0];
        Assert.Equal(12500m, credit.Amount);
        Assert.Equal("RF18539007547034", credit.Reference);
        Assert.Equal("SCOR", credit.ReferenceType);
        Assert.Equal("INV-2024-0042", credit.EndToEndId);
        Assert.Equal("RF18539007547034 faktura 42", credit.Description);
        Assert.Equal("Svensson Handel AB", credit.CounterpartyName);
        Assert.Equal("SE3550000000054910000003", credit.CounterpartyAccount);

        Assert.Null(statement.Lines[1].Reference);
        Assert.Contains("OCR 4567890123458", statement.Lines[1].Description, StringComparison.Ordinal);

        var refund = statement.Lines[2];
        Assert.Equal(150.00m, refund.Amount);
        Assert.True(refund.IsReversal);
    }

    [Fact]
    public void Entry_dates_across_the_year_end_and_reversal_marks_against_funds_codes()
    {
        var result = StatementFiles.Read("mt940/mt940_synthetic_yearend_reversals_fundscode.sta");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var lines = Assert.Single(result.Statements).Lines;

        // value 2023-12-29, entry "0102" -> 2 January 2024
        Assert.Equal(new DateOnly(2023, 12, 29), lines[0].ValueDate);
        Assert.Equal(new DateOnly(2024, 1, 2), lines[0].BookingDate);
        Assert.Equal("INV-2023-991", lines[0].EndToEndId);

        // value 2024-01-02, entry "1229" -> 29 December 2023
        Assert.Equal(new DateOnly(2024, 1, 2), lines[1].ValueDate);
        Assert.Equal(new DateOnly(2023, 12, 29), lines[1].BookingDate);

        Assert.Equal((-100.00m, false), (lines[2].Amount, lines[2].IsReversal));  // DR = D + funds code R
        Assert.Equal((50.00m, true), (lines[3].Amount, lines[3].IsReversal));     // RDR = RD + funds code R
        Assert.Equal((-25.00m, true), (lines[4].Amount, lines[4].IsReversal));    // RC
        Assert.Equal((10.00m, false), (lines[5].Amount, lines[5].IsReversal));    // CR = C + funds code R
    }

    [Fact]
    public void Broken_statement_lines_are_errors_with_line_numbers_and_the_rest_is_read()
    {
        var result = StatementFiles.Read("mt940/mt940_synthetic_broken_lines_dash_in_86.sta");

        var errors = result.Diagnostics(DiagnosticSeverity.Error);
        Assert.Equal(2, errors.Count);
        Assert.Equal("line 7", errors[0].Location);
        Assert.Contains("24AB01", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("line 13", errors[1].Location);
        Assert.False(result.IsRejected);

        var statement = Assert.Single(result.Statements);
        Assert.Equal(new[] { "OK1", "OK2", "OK3" }, statement.Lines.Select(l => l.BankReference));

        // The broken line's :86: is dropped, not glued onto a neighbour
        Assert.DoesNotContain(statement.Lines, l => l.Description?.Contains("broken line", StringComparison.Ordinal) == true);

        // A '-' line inside :86: followed by more text is text, not the end of the message
        Assert.Equal("text before a dash line - text after the dash line belongs to the same field", statement.Lines[1].Description);

        // 30 February is moved to 29 February with a warning
        Assert.Equal(new DateOnly(2024, 2, 29), statement.Lines[2].ValueDate);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Location == "line 14");

        // The bank's closing balance includes the two unreadable lines, so the balance check says so
        Assert.Contains("difference 20.00", Assert.Single(result.BalanceWarnings()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var viaReader = StatementReader.Read(new MemoryStream([]));
        var direct = StatementFiles.ParseWith(Parser, []);

        Assert.True(viaReader.IsRejected);
        Assert.True(direct.IsRejected);
        Assert.Empty(direct.Statements);
    }

    [Fact]
    public void Garbage_is_not_detected_and_is_fatal_when_forced()
    {
        var garbage = Encoding.UTF8.GetBytes("Hello bank,\nthis is not a statement.\n:xx: nor is this\n-\n");

        Assert.False(Parser.CanRead(garbage));
        Assert.True(StatementReader.Read(new MemoryStream(garbage)).IsRejected);

        var forced = StatementFiles.ParseWith(Parser, garbage);
        Assert.True(forced.IsRejected);
        Assert.Contains("no MT940/MT942 statement fields", forced.Diagnostics(DiagnosticSeverity.Fatal)[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{1:F01BANKBEBBAXXX0000000000}{2:O940}{4:\r\n:20:X\r\n")]
    [InlineData(":20:STARTUMS\r\n:25:1/2\r\n")]
    [InlineData("\u0001\r\n:20:X\r\n")]
    [InlineData(":940:\r\n:20:X\r\n")]
    [InlineData("ABNANL2A\r\n940\r\nABNANL2A\r\n:20:ABN AMRO BANK NV\r\n:25:517852257\r\n")]
    [InlineData("0000 01INGBNL2AXXXX00001\r\n0000 01INGBNL2AXXXX00001\r\n940 00\r\n:20:P140220000000001\r\n:25:NL69INGB0123456789EUR\r\n")]
    public void Can_read_recognises_envelopes_tags_and_bank_headers(string head)
    {
        Assert.True(Parser.CanRead(Encoding.Latin1.GetBytes(head)));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">")]
    [InlineData("OFXHEADER:100\r\nDATA:OFXSGML\r\n")]
    [InlineData("01,122099999,123456789,040621,0200,1,65,,2/\n02,031001234")]
    [InlineData("Dato;Forklaring;Rentedato;Ut fra konto;Inn på konto\r\n")]
    public void Can_read_refuses_other_formats(string head)
    {
        Assert.False(Parser.CanRead(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("NL77INGB0574908765EUR", "NL77INGB0574908765", "EUR")]
    [InlineData("UBRTHUHB/123456789150ABCDEF002/HUF", "123456789150ABCDEF002", "HUF")]
    [InlineData("50880050/0194787400888", "50880050/0194787400888", null)]
    [InlineData("1291.99.348EUR", "1291.99.348", "EUR")]
    [InlineData("1014365930  ", "1014365930", null)]
    [InlineData("NO9386011117947", "NO9386011117947", null)]
    public void Account_field_variants_give_account_and_glued_currency(string field, string account, string? currency)
    {
        Assert.Equal((account, currency), Mt940Account.Parse(field));
    }

    [Fact]
    public void Currency_glued_to_the_account_is_used_when_there_is_no_balance()
    {
        const string text = ":20:MT942\n:25:NL77INGB0574908765EUR\n:28C:1\n:13D:2401051200+0100\n:61:2401050105C5,00NTRFNONREF\n:90C:1EUR5,00\n-\n";

        var result = StatementFiles.ReadText(text);

        var statement = Assert.Single(result.Statements);
        Assert.Equal("EUR", statement.Header.Currency);
        Assert.Equal("NL77INGB0574908765", statement.Header.Account);
        Assert.Null(statement.Header.OpeningBalance);
        Assert.Equal(new DateOnly(2024, 1, 5), statement.Header.To);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Mt942_totals_that_disagree_with_the_lines_are_reported()
    {
        const string text = ":20:MT942\n:25:PL29114010810000267002001002\n:28C:1/1\n:34F:PLN0\n:13D:1701191815+0100\n"
            + ":61:1701190119DN7,00NTRFNONREF\n:90D:2PLN9,00\n:90C:0PLN0,00\n-\n";

        var result = StatementFiles.ReadText(text);

        var warning = Assert.Single(result.Diagnostics(DiagnosticSeverity.Warning));
        Assert.Contains("2 debit entries totalling 9.00", warning.Message, StringComparison.Ordinal);
        Assert.Equal(-7.00m, Assert.Single(result.Statements).Lines[0].Amount);
    }

    [Fact]
    public void Missing_final_dash_and_newline_still_ends_the_statement()
    {
        const string text = ":20:A\r\n:25:NO9386011117947\r\n:28C:1\r\n:60F:C240101NOK0,\r\n:61:240102C1,NMSCNONREF\r\n:86:Innbetaling\r\n:62F:C240102NOK1,";

        var result = StatementFiles.ReadText(text);

        var statement = Assert.Single(result.Statements);
        Assert.Equal(1m, statement.Header.ClosingBalance);
        Assert.Equal("Innbetaling", Assert.Single(statement.Lines).Description);
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Missing_next_page_after_intermediate_closing_is_reported()
    {
        const string text = ":20:P1\n:25:DE89370400440532013000\n:28C:5/1\n:60F:C240101EUR10,00\n:61:240101C1,00NTRFNONREF\n:62M:C240101EUR11,00\n-\n"
            + ":20:P1\n:25:DE02120300000000202051\n:28C:9/1\n:60F:C240101EUR5,00\n:62F:C240101EUR5,00\n-\n";

        var result = StatementFiles.ReadText(text);

        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(11.00m, result.Statements[0].Header.ClosingBalance);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("next page", StringComparison.Ordinal));
    }

    [Fact]
    public void Explicit_encoding_option_overrides_detection()
    {
        // Bytes cannot tell 8-bit code pages apart: CP865 (Nordic DOS) writes "Ø" as 0x9D, which Windows-1252 leaves unmapped.
        var bytes = Encoding.Latin1.GetBytes(":20:A\n:25:1\n:60F:C240101NOK0,\n:61:240102C1,NMSCNONREF\n:86:BJ\u009DRN\n:62F:C240102NOK1,\n-\n");

        var detected = StatementFiles.ParseWith(Parser, bytes);
        var named = StatementFiles.ParseWith(Parser, bytes, new ParseOptions { Encoding = "ibm865" });

        Assert.NotEqual("BJØRN", detected.Statements[0].Lines[0].Description);
        Assert.Equal("BJØRN", named.Statements[0].Lines[0].Description);
    }

    [Fact]
    public void Non_seekable_streams_are_parsed()
    {
        var bytes = File.ReadAllBytes(StatementFiles.PathOf("mt940/mt940_jejik_sparkasse_de_utf8_crlf.txt"));
        var collector = new StatementCollector();

        Parser.Parse(new ForwardOnlyStream(bytes), ParseOptions.Default, collector);

        var statements = collector.ToResult(StatementFormat.Mt940).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("ARAL AG", statements[0].Lines[0].CounterpartyName);
        Assert.Equal(154.57m, statements[1].Header.ClosingBalance);
    }

    [Theory]
    [InlineData("RF18539007547034", "RF18539007547034")]
    [InlineData("RF18 5390 0754 7034 invoice 7", "RF18539007547034")]
    [InlineData("RF19539007547034", null)]
    [InlineData("Invoice RF18539007547034", null)]
    public void Rf_references_at_the_start_of_the_remittance_need_valid_check_digits(string text, string? expected)
    {
        Assert.Equal(expected, Mt940Information.FindRfReference(text));
    }

    [Fact]
    public void Structured_remittance_with_strd_gives_the_reference()
    {
        const string text = ":20:ING\n:25:NL69INGB0123456789EUR\n:28C:1\n:60F:C240101EUR0,00\n:61:2401020102C25,00NTRFEREF//0000000001\n"
            + ":86:/EREF/NOTPROVIDED/CNTP/NL86INGB0002445588/INGBNL2A/J. Jansen/AMSTERDAM/REMI/STRD/CUR/1234567890123456/\n:62F:C240102EUR25,00\n-\n";

        var line = Assert.Single(Assert.Single(StatementFiles.ReadText(text).Statements).Lines);

        Assert.Equal("1234567890123456", line.Reference);
        Assert.Null(line.EndToEndId);
        Assert.Equal("J. Jansen", line.CounterpartyName);
        Assert.Equal("NL86INGB0002445588", line.CounterpartyAccount);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Length => throw new NotSupportedException();
    }
}
