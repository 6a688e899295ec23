using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Ofx;

namespace BankRecon.Importers.Tests.Ofx;

/// <summary>Edge cases on small OFX documents written for these tests (no real customer data).</summary>
public sealed class OfxParserTests
{
    private const string SgmlHeader = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n";
    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n";

    [Fact]
    public void Xml_file_with_unclosed_leaf_tags_is_read_leniently()
    {
        var body = XmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><BANKID>1234<ACCTID>12345678903</BANKACCTFROM>"
            + "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131"
            + Txn("CREDIT", "20260105", "1500.00", "A1", "Innbetaling faktura 1001")
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>1500.00<DTASOF>20260131</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(body);

        var statement = Assert.Single(result.Statements);
        Assert.Equal("12345678903", statement.Header.Account);
        Assert.Equal(1500.00m, Assert.Single(statement.Lines).Amount);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("not well-formed", StringComparison.Ordinal));
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void Xml_file_that_breaks_half_way_delivers_each_line_once()
    {
        var body = new StringBuilder(XmlHeader)
            .Append("<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK</CURDEF><BANKACCTFROM><BANKID>1234</BANKID><ACCTID>12345678903</ACCTID></BANKACCTFROM>")
            .Append("<BANKTRANLIST><DTSTART>20260101</DTSTART><DTEND>20260131</DTEND>");
        for (var i = 1; i <= 4; i++)
        {
            body.Append(XmlTxn("DEBIT", $"2026010{i}", $"-{i}0.00", $"F{i}", i == 3 ? "Kaffe & kake" : $"Kjøp {i}"));
        }

        body.Append("</BANKTRANLIST><LEDGERBAL><BALAMT>-100.00</BALAMT><DTASOF>20260131</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>");

        var sink = new StatementCollector();
        new OfxParser().Parse(Utf8(body.ToString()), ParseOptions.Default, sink);
        var result = sink.ToResult(StatementFormat.Ofx);

        var statement = Assert.Single(result.Statements);
        Assert.Equal(["F1", "F2", "F3", "F4"], statement.Lines.Select(l => l.BankReference));
        Assert.Equal([0, 1, 2, 3], statement.Lines.Select(l => l.LineIndex));
        Assert.Equal("Kaffe & kake", statement.Lines[2].Description);
        Assert.Equal("Kjøp 1", statement.Lines[0].Description);
        Assert.Equal(0.00m, statement.Header.OpeningBalance);
        Assert.Single(result.Diagnostics, d => d.Message.Contains("not well-formed", StringComparison.Ordinal));
        var derived = Assert.Single(result.Diagnostics, d => d.Message.Contains("derived", StringComparison.Ordinal));
        // the figures travel with the code, so that the reader sees them in their own format
        Assert.Equal("parse.ofx-derived-opening-balance", derived.Code);
        Assert.Equal(new object[] { -100.00m, new DateOnly(2026, 1, 31), 4 }, derived.Args.Take(3));
    }

    [Fact]
    public void Doctype_with_external_entity_is_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"ofx-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOPSECRET");
        try
        {
            var body = "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"
                + "<?OFX OFXHEADER=\"200\" VERSION=\"200\"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK</CURDEF>"
                + "<BANKACCTFROM><ACCTID>1</ACCTID></BANKACCTFROM><BANKTRANLIST>"
                + XmlTxn("DEBIT", "20260102", "-1.00", "X1", "&xxe;")
                + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

            var result = Parse(body);

            var line = Assert.Single(Assert.Single(result.Statements).Lines);
            Assert.DoesNotContain("TOPSECRET", line.Description ?? "", StringComparison.Ordinal);
            Assert.Equal("&xxe;", line.Description);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Bank_and_credit_card_sections_and_several_accounts_become_separate_statements()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1>"
            + "<STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>NOK<BANKACCTFROM><BANKID>9999<ACCTID>11111111111<ACCTTYPE>CHECKING</BANKACCTFROM>"
            + "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131" + Txn("CREDIT", "20260110", "100.00", "N1", "Renter") + "</BANKTRANLIST>"
            + "<LEDGERBAL><BALAMT>600.00<DTASOF>20260131</LEDGERBAL></STMTRS></STMTTRNRS>"
            + "<STMTTRNRS><TRNUID>2<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>9999<ACCTID>22222222222<ACCTTYPE>SAVINGS</BANKACCTFROM>"
            + "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131" + Txn("DEBIT", "20260111", "-20.00", "E1", "Gebyr") + Txn("DEBIT", "20260112", "-5.00", "E2", "Gebyr") + "</BANKTRANLIST>"
            + "<LEDGERBAL><BALAMT>75.00<DTASOF>20260131</LEDGERBAL></STMTRS></STMTTRNRS>"
            + "</BANKMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>3<CCSTMTRS><CURDEF>NOK<CCACCTFROM><ACCTID>4111XXXXXXXX1111</CCACCTFROM>"
            + "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131" + Txn("DEBIT", "20260115", "-250.00", "C1", "Hotell") + "</BANKTRANLIST>"
            + "<LEDGERBAL><BALAMT>-250.00<DTASOF>20260131</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";

        var result = Parse(body);

        Assert.Equal(3, result.Statements.Count);
        Assert.Equal(["11111111111", "22222222222", "4111XXXXXXXX1111"], result.Statements.Select(s => s.Header.Account));
        Assert.Equal(["NOK", "EUR", "NOK"], result.Statements.Select(s => s.Header.Currency));
        Assert.Equal([500.00m, 100.00m, 0.00m], result.Statements.Select(s => s.Header.OpeningBalance!.Value));
        Assert.Equal([1, 2, 1], result.Statements.Select(s => s.Lines.Count));
        Assert.Equal("EUR", result.Statements[1].Lines[1].Currency);
        Assert.Equal(1, result.Statements[1].Lines[1].StatementIndex);
    }

    [Fact]
    public void Several_transaction_lists_in_one_statement_are_joined()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM>"
            + "<BANKTRANLIST><DTSTART>20260201<DTEND>20260210" + Txn("CREDIT", "20260205", "10.00", "A", "a") + "</BANKTRANLIST>"
            + "<BANKTRANLIST><DTSTART>20260111<DTEND>20260228" + Txn("CREDIT", "20260220", "20.00", "B", "b") + "</BANKTRANLIST>"
            + "<LEDGERBAL><BALAMT>30.00<DTASOF>20260228</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var statement = Assert.Single(Parse(body).Statements);

        Assert.Equal(2, statement.Lines.Count);
        Assert.Equal(new DateOnly(2026, 1, 11), statement.Header.From);
        Assert.Equal(new DateOnly(2026, 2, 28), statement.Header.To);
        Assert.Equal(0m, statement.Header.OpeningBalance);
    }

    [Fact]
    public void Unreadable_amount_is_an_error_and_the_other_lines_are_kept()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + Txn("DEBIT", "20260105", "$120", "A", "broken") + Txn("DEBIT", "20260106", "-7.50", "B", "fine")
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(body);

        var line = Assert.Single(result.Statements[0].Lines);
        Assert.Equal("B", line.BankReference);
        Assert.Equal(0, line.LineIndex);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("$120", error.Message, StringComparison.Ordinal);
        Assert.Contains("transaction 1", error.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20260105", 2026, 1, 5, true)]
    [InlineData("20260105235959", 2026, 1, 5, true)]
    [InlineData("20090401122017.000[-5:EST]", 2009, 4, 1, true)]
    [InlineData("20181026000000[-3:GMT]", 2018, 10, 26, true)]
    [InlineData("20260131230000.000[+5.30:IST]", 2026, 1, 31, true)]
    [InlineData("20180804093914:014", 2018, 8, 4, false)]
    [InlineData("20170220 ", 2017, 2, 20, true)]
    public void Ofx_dates_give_the_calendar_day_as_written(string raw, int year, int month, int day, bool wellFormed)
    {
        Assert.True(OfxValues.TryParseDate(raw, out var date, out var isWellFormed));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(wellFormed, isWellFormed);
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("20261301")]
    [InlineData("20260230")]
    [InlineData("201120000000")]
    [InlineData("")]
    public void Impossible_ofx_dates_are_rejected(string raw) => Assert.False(OfxValues.TryParseDate(raw, out _, out _));

    [Theory]
    [InlineData("-33.3", -33.3)]
    [InlineData("-140", -140)]
    [InlineData("+12.00", 12)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("-12,50", -12.5)]
    public void Ofx_amounts_are_read_invariantly(string raw, double expected) =>
        Assert.True(OfxValues.TryParseAmount(raw, out var amount, out _) && amount == (decimal)expected);

    [Fact]
    public void Missing_posting_date_falls_back_to_user_date_with_a_warning()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + "<STMTTRN><TRNTYPE>DEBIT<DTUSER>20260107<DTAVAIL>20260108<TRNAMT>-1.00<FITID>U1</STMTTRN>"
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(body);

        var line = Assert.Single(result.Statements[0].Lines);
        Assert.Equal(new DateOnly(2026, 1, 7), line.BookingDate);
        Assert.Equal(new DateOnly(2026, 1, 8), line.ValueDate);
        // coded, so that the import page shows it in the reader's language
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("DTUSER", StringComparison.Ordinal)
            && d.Code == "parse.ofx-booking-date-from-dtuser");
    }

    [Fact]
    public void Foreign_currency_amount_is_converted_with_currate()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260107<TRNAMT>-10.00<FITID>FX1<MEMO>Hotel<CURRENCY><CURRATE>11.5432<CURSYM>EUR</CURRENCY></STMTTRN>"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260108<TRNAMT>-115.43<FITID>FX2<MEMO>Hotel<ORIGCURRENCY><CURRATE>11.5432<CURSYM>EUR</ORIGCURRENCY></STMTTRN>"
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var lines = Parse(body).Statements[0].Lines;

        Assert.Equal(-115.43m, lines[0].Amount);
        Assert.Equal(10.00m, lines[0].OriginalAmount);
        Assert.Equal("EUR", lines[0].OriginalCurrency);
        Assert.Equal(11.5432m, lines[0].ExchangeRate);
        Assert.Equal(-115.43m, lines[1].Amount); // ORIGCURRENCY: TRNAMT is already in CURDEF
        Assert.Equal("EUR", lines[1].OriginalCurrency);
        Assert.Null(lines[1].OriginalAmount);
    }

    [Fact]
    public void Utf8_text_under_a_1252_header_is_read_as_utf8()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + Txn("DEBIT", "20260105", "-99.00", "A", "Bærum Blåbær Søndre")
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(body);

        Assert.Equal("Bærum Blåbær Søndre", result.Statements[0].Lines[0].Description);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_1252_bytes_under_a_utf8_header_are_rescued()
    {
        var body = SgmlHeader.Replace("ENCODING:USASCII", "ENCODING:UTF-8", StringComparison.Ordinal)
            + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>SEK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + Txn("DEBIT", "20260105", "-99.00", "A", "Smörgåsbord Göteborg")
            + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(BankRecon.Importers.Detection.EncodingDetector.Windows1252.GetBytes(body));

        Assert.Equal("Smörgåsbord Göteborg", result.Statements[0].Lines[0].Description);
    }

    [Fact]
    public void Truncated_file_keeps_what_was_read_and_warns()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
            + Txn("DEBIT", "20260105", "-1.00", "A", "one") + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>-2.00";

        var result = Parse(body);

        Assert.Equal([-1.00m, -2.00m], Assert.Single(result.Statements).Lines.Select(l => l.Amount));
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Bank_error_status_is_reported()
    {
        var body = SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>General error</STATUS>"
            + "<STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var result = Parse(body);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("2000 (General error)", StringComparison.Ordinal));
    }

    [Fact]
    public void Ofx_without_a_statement_is_rejected()
    {
        var result = Parse(SgmlHeader + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1></OFX>");

        Assert.True(result.IsRejected);
        Assert.Empty(result.Statements);
    }

    [Theory]
    [InlineData("OFXHEADER:100\nDATA:OFXSGML\n", true)]
    [InlineData("\n\n\r\n  OFXHEADER:100\n", true)]
    [InlineData("<OFX><SIGNONMSGSRSV1>", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX>", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">", false)]
    [InlineData("Dato;Forklaring;Beløp\n", false)]
    [InlineData(":20:STARTUMS\n:25:1234\n", false)]
    public void Detection_sniffs_the_content(string head, bool expected) =>
        Assert.Equal(expected, new OfxParser().CanRead(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Huge_transaction_list_streams_with_flat_memory()
    {
        const int transactions = 100_000;
        var counter = new CountingSink();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        using (var stream = new GeneratedOfxStream(transactions))
        {
            new OfxParser().Parse(stream, ParseOptions.Default, counter);
        }

        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(transactions, counter.Lines);
        Assert.Equal(-transactions * 1.25m, counter.Sum);
        Assert.Equal(1, counter.Statements);
        Assert.True(retained < 8 * 1024 * 1024, $"retained {retained} bytes");
    }

    private static string Txn(string type, string date, string amount, string fitId, string memo) =>
        $"<STMTTRN><TRNTYPE>{type}<DTPOSTED>{date}<TRNAMT>{amount}<FITID>{fitId}<MEMO>{memo}</STMTTRN>";

    private static string XmlTxn(string type, string date, string amount, string fitId, string memo) =>
        $"<STMTTRN><TRNTYPE>{type}</TRNTYPE><DTPOSTED>{date}</DTPOSTED><TRNAMT>{amount}</TRNAMT><FITID>{fitId}</FITID><MEMO>{memo}</MEMO></STMTTRN>";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static ParseResult Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    private static ParseResult Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return StatementReader.Read(stream, new ParseOptions { Format = StatementFormat.Ofx });
    }

    private sealed class CountingSink : IStatementSink
    {
        public int Lines { get; private set; }

        public decimal Sum { get; private set; }

        public int Statements { get; private set; }

        public void StartStatement(StatementHeader header) { }

        public void Line(ParsedLine line)
        {
            Lines++;
            Sum += line.Amount;
        }

        public void EndStatement(StatementHeader header) => Statements++;

        public void Diagnostic(ParseDiagnostic diagnostic) { }
    }

    /// <summary>A read-only, seekable stream that produces a large OFX file on the fly (nothing is held in memory).</summary>
    private sealed class GeneratedOfxStream(int transactions) : Stream
    {
        private static readonly byte[] Head = Encoding.ASCII.GetBytes(SgmlHeader + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>NOK<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>\n");
        private static readonly byte[] Tail = Encoding.ASCII.GetBytes("</BANKTRANLIST><LEDGERBAL><BALAMT>0.00<DTASOF>20260131</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
        private static readonly byte[] Record = Encoding.ASCII.GetBytes("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260115<TRNAMT>-1.25<FITID>0000000000<NAME>Generated payee<MEMO>Generated memo text for a long list</STMTTRN>\n");
        private static readonly int FitIdStart = Encoding.ASCII.GetString(Record).IndexOf("<FITID>", StringComparison.Ordinal) + "<FITID>".Length;

        private long _recordIndex = -1;
        private byte[] _record = [];

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => Head.Length + ((long)Record.Length * transactions) + Tail.Length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && Position < Length)
            {
                var (chunk, start) = ChunkAt(Position);
                var n = Math.Min(count - written, chunk.Length - start);
                Array.Copy(chunk, start, buffer, offset + written, n);
                written += n;
                Position += n;
            }

            return written;
        }

        private (byte[] Chunk, int Start) ChunkAt(long position)
        {
            if (position < Head.Length) return (Head, (int)position);
            position -= Head.Length;
            var body = (long)Record.Length * transactions;
            if (position >= body) return (Tail, (int)(position - body));
            var index = position / Record.Length;
            if (index != _recordIndex)
            {
                // Make the FITID unique: its ten digits spell the index.
                _recordIndex = index;
                _record = (byte[])Record.Clone();
                var digits = index.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
                for (var i = 0; i < 10; i++) _record[FitIdStart + i] = (byte)digits[i];
            }

            return (_record, (int)(position % Record.Length));
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => Length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
