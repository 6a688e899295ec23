using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Tests.Csv;

public sealed class CsvStatementParserTests
{
    private static readonly CsvProfile Simple = new()
    {
        Name = "test-simple",
        Columns = ["Dato", "Tekst", "Beløp", "Saldo"],
        DatePattern = "dd.MM.yyyy",
        BookingDateColumn = "Dato",
        AmountColumn = "Beløp",
        TextColumns = ["Tekst"],
        BalanceColumn = "Saldo",
    };

    [Fact]
    public void Bad_rows_become_errors_with_line_numbers_and_parsing_continues()
    {
        var result = ReadFixture("generic-preamble-debitcredit-bad-rows.csv", ParseOptions.Default);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("line 8", errors[0].Location);
        Assert.Contains("'3. mars' is not a date", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("line 9", errors[1].Location);
        Assert.Contains("'abc'", errors[1].Message, StringComparison.Ordinal);

        var statement = Assert.Single(result.Statements);
        Assert.Equal([5000.00m, -3200.00m, 0.50m], statement.Lines.Select(l => l.Amount));
        Assert.Equal(["line 6", "line 7", "line 10"], statement.Lines.Select(l => l.Location));
        Assert.Equal("Innbetaling Æbleøl AS", statement.Lines[0].Description);
        Assert.Equal(0.00m, statement.Header.OpeningBalance);
        Assert.Equal(1800.50m, statement.Header.ClosingBalance);
        Assert.False(result.IsRejected);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Headerless_comma_file_with_quoted_newline_reads_by_column_numbers()
    {
        var profile = new CsvProfile
        {
            Name = "headerless",
            HasHeaderRow = false,
            Delimiter = ',',
            DatePattern = "dd/MM/yyyy",
            DecimalSeparator = '.',
            BookingDateColumn = "1",
            TextColumns = ["2"],
            AmountColumn = "3",
            BalanceColumn = "4",
        };

        var result = ReadFixture("generic-headerless-comma-dot.csv", new ParseOptions { CsvProfile = profile, DefaultCurrency = "EUR" });

        var statement = Assert.Single(result.Statements);
        Assert.Equal([10000.00m, -1250.50m, -49.50m], statement.Lines.Select(l => l.Amount));
        Assert.Equal("Payment, invoice 1001 thank you", statement.Lines[1].Description);
        Assert.Equal(["line 1", "line 2", "line 4"], statement.Lines.Select(l => l.Location));
        Assert.Equal(new DateOnly(2026, 1, 20), statement.Lines[2].BookingDate);
        Assert.Equal("EUR", statement.Header.Currency);
        Assert.Equal(0.00m, statement.Header.OpeningBalance);
        Assert.Equal(8700.00m, statement.Header.ClosingBalance);
    }

    [Fact]
    public void Amount_with_direction_column_gets_its_sign_from_the_direction()
    {
        var result = ReadFixture("generic-amount-direction-tab.csv", new ParseOptions { DefaultCurrency = "NOK" });

        var lines = Assert.Single(result.Statements).Lines;
        Assert.Equal([1250.00m, -35.00m, -10000.00m], lines.Select(l => l.Amount));
        Assert.Equal("1234567890128", lines[0].Reference);
        Assert.Equal("Supplier Ås AS", lines[2].Description);
        Assert.All(lines, l => Assert.Equal("NOK", l.Currency));
    }

    [Fact]
    public void Unknown_direction_value_is_an_error()
    {
        var profile = new CsvProfile
        {
            Name = "dir",
            Delimiter = ';',
            DatePattern = "yyyy-MM-dd",
            AmountLayout = CsvAmountLayout.AmountWithDirection,
            BookingDateColumn = "Date",
            AmountColumn = "Amount",
            DirectionColumn = "Dir",
        };

        var result = Read("Date;Amount;Dir\n2026-01-01;10,00;C\n2026-01-02;5,00;X\n2026-01-03;1,00;D\n", profile);

        Assert.Equal([10.00m, -1.00m], result.Statements[0].Lines.Select(l => l.Amount));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("line 3", error.Location);
        Assert.Contains("'X'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    public void Nordic_letters_survive_each_encoding(string encodingName)
    {
        const string text = "Dato;Tekst;Beløp;Saldo\r\n01.02.2026;Blåbær fra Østfold – åäö ÆØÅ;-12,50;87,50\r\n";
        var encoding = CsvEncodings.Resolve(encodingName)!;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        // No profile encoding: detection must find it (BOM, valid UTF-8, else Windows-1252).
        var result = Read(bytes, Simple);

        var line = Assert.Single(result.Statements[0].Lines);
        Assert.Equal("Blåbær fra Østfold – åäö ÆØÅ", line.Description);
        Assert.Equal(100.00m, result.Statements[0].Header.OpeningBalance);
    }

    [Fact]
    public void Profile_encoding_overrides_detection()
    {
        // "Ã¸" is what UTF-8 "ø" looks like when read as Windows-1252: the profile decides.
        var bytes = Encoding.UTF8.GetBytes("Dato;Tekst;Belop;Saldo\n01.02.2026;Søt;-1,00;\n");

        var result = Read(bytes, Simple with { Encoding = "windows-1252", AmountColumn = "Belop" });

        Assert.Equal("SÃ¸t", result.Statements[0].Lines[0].Description);
    }

    [Fact]
    public void Missing_required_column_rejects_the_file_and_names_the_header()
    {
        var result = Read("Date;Text;Amount\n2026-01-01;x;1,00\n", Simple);

        Assert.True(result.IsRejected);
        var fatal = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Contains("'Dato'", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("'Amount'", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_optional_column_is_ignored_with_information()
    {
        var result = Read("Dato;Tekst;Beløp\n01.01.2026;x;1,00\n", Simple);

        Assert.False(result.IsRejected);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("'Saldo'", StringComparison.Ordinal));
        Assert.Null(result.Statements[0].Header.OpeningBalance);
    }

    [Fact]
    public void Wrong_profile_for_every_row_rejects_the_file()
    {
        var result = Read("Dato;Tekst;Beløp;Saldo\n2026-01-01;x;1,00;\n2026-01-02;y;2,00;\n", Simple);

        Assert.True(result.IsRejected);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Account_column_splits_statements_per_account()
    {
        var profile = Simple with { Columns = [], AccountColumn = "Konto" };
        var text = "Konto;Dato;Tekst;Beløp;Saldo\n" +
            "1111.22.33333;01.01.2026;a;10,00;110,00\n" +
            "1111.22.33333;02.01.2026;b;-5,00;105,00\n" +
            "4444.55.66666;01.01.2026;c;7,00;7,00\n";

        var result = Read(text, profile);

        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(["1111.22.33333", "4444.55.66666"], result.Statements.Select(s => s.Header.Account));
        Assert.Equal([100.00m, 0.00m], result.Statements.Select(s => s.Header.OpeningBalance!.Value));
        Assert.Equal([0, 1], result.Statements[0].Lines.Select(l => l.LineIndex));
        Assert.Equal(1, result.Statements[1].Lines[0].StatementIndex);
        Assert.Equal(0, result.Statements[1].Lines[0].LineIndex);
    }

    [Fact]
    public void Duplicate_header_names_are_addressed_by_occurrence()
    {
        var profile = new CsvProfile
        {
            Name = "dup",
            DatePattern = "dd.MM.yyyy",
            BookingDateColumn = "Buchung",
            AmountColumn = "Betrag",
            CurrencyColumn = "Währung#2",
        };

        var result = Read("Buchung;Währung;Saldo;Betrag;Währung\n01.03.2026;EUR;10,00;-2,50;SEK\n", profile);

        Assert.Equal("SEK", result.Statements[0].Lines[0].Currency);
    }

    [Fact]
    public void Running_balance_that_breaks_is_warned_about()
    {
        var result = Read("Dato;Tekst;Beløp;Saldo\n01.01.2026;a;10,00;110,00\n02.01.2026;b;10,00;125,00\n03.01.2026;c;10,00;135,00\n", Simple);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("1 place", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_can_force_the_row_order()
    {
        // Same dates and no balance: nothing to detect from, so the profile decides (and no "detected" note is given).
        var result = Read("Dato;Tekst;Beløp;Saldo\n01.01.2026;a;1,00;\n01.01.2026;b;2,00;\n", Simple with { NewestFirst = true });

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("newest first", StringComparison.Ordinal));
        Assert.Equal(2, result.Statements[0].Lines.Count);
    }

    [Fact]
    public void Pending_rows_are_recognised_by_cell_or_phrase_but_not_by_a_single_word_in_text()
    {
        var text = "Dato;Tekst;Beløp;Saldo\n" +
            "Reservert;Kortkjøp;-1,00;\n" +
            "02.01.2026;Kiosk Reservert transaksjon;-2,00;\n" +
            "03.01.2026;Pending fee refund;3,00;\n" +
            "04.01.2026;Reservert bord, restaurant;-4,00;\n";

        var result = Read(text, Simple);

        Assert.Equal([3.00m, -4.00m], result.Statements[0].Lines.Select(l => l.Amount));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("2 reserved/pending row(s) were skipped (line 2, 3)", StringComparison.Ordinal)
            && d.Code == "parse.csv-pending-skipped" && d.Args.SequenceEqual(new object[] { 2, "2, 3" }));
    }

    [Fact]
    public void Empty_csv_is_rejected()
    {
        var result = Read("Dato;Tekst;Beløp;Saldo\n", Simple);

        Assert.True(result.IsRejected);
    }

    [Fact]
    public void Many_bad_rows_are_summarised()
    {
        var text = new StringBuilder("Dato;Tekst;Beløp;Saldo\n01.01.2026;ok;1,00;\n");
        for (var i = 0; i < CsvStatementParser.MaxRowErrors + 20; i++) text.Append("bad;x;1,00;\n");

        var result = Read(text.ToString(), Simple);

        Assert.Equal(CsvStatementParser.MaxRowErrors + 1, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("20 more row(s)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dato;Tekst;Beløp\n01.01.2026;x;1,00\n", true)]
    [InlineData("Date,Text,Amount\n2026-01-01,x,1.00\n2026-01-02,y,2.00\n", true)]
    [InlineData("Date\tText\tAmount\n2026-01-01\tx\t1.00\n", true)]
    [InlineData("a|b|c\n1|2|3\n", true)]
    [InlineData("<?xml version=\"1.0\"?><Document/>", false)]
    [InlineData("{\"json\": true}", false)]
    [InlineData("Just a sentence without any delimiters at all\nAnother one\n", false)]
    public void Detection_claims_delimited_text_only(string head, bool expected) =>
        Assert.Equal(expected, new CsvStatementParser().CanRead(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Binary_content_is_not_csv() =>
        Assert.False(new CsvStatementParser().CanRead(new byte[] { 0x50, 0x00, 0x3B, 0x00, 0x01, 0x02, 0x3B, 0x0A, 0x3B, 0x3B, 0x0A }));

    [Fact]
    public void Ofx_files_are_not_claimed_by_csv_before_ofx()
    {
        var head = File.ReadAllBytes(TestDataPath.Of("ofx", "ofx102_ofxparse_ca_bank_sgml_oneline_tz.ofx"));

        Assert.Equal(StatementFormat.Ofx, StatementReader.Detect(head)?.Format);
        Assert.Equal(StatementFormat.Csv, StatementParsers.All[^1].Format);
    }

    [Fact]
    public void Non_seekable_stream_is_read()
    {
        var bytes = EncodingDetector.Windows1252.GetBytes("Dato;Tekst;Beløp;Saldo\r\n01.02.2026;Ærlig;-1,00;\r\n");
        using var forwardOnly = new ForwardOnlyStream(bytes);

        var result = StatementReader.Read(forwardOnly, new ParseOptions { CsvProfile = Simple });

        Assert.Equal("Ærlig", result.Statements[0].Lines[0].Description);
    }

    private static ParseResult Read(string text, CsvProfile profile) => Read(Encoding.UTF8.GetBytes(text), profile);

    private static ParseResult Read(byte[] bytes, CsvProfile profile)
    {
        using var stream = new MemoryStream(bytes);
        return StatementReader.Read(stream, new ParseOptions { CsvProfile = profile, Format = StatementFormat.Csv });
    }

    private static ParseResult ReadFixture(string fileName, ParseOptions options)
    {
        using var stream = File.OpenRead(TestDataPath.Of("csv", fileName));
        return StatementReader.Read(stream, options);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }
    }
}
