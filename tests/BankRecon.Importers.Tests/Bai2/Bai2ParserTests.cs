using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Bai2;
using BankRecon.Importers.Tests.Mt940;

namespace BankRecon.Importers.Tests.Bai2;

public sealed class Bai2ParserTests
{
    private static readonly Bai2Parser Parser = new();

    [Fact]
    public void Distributed_and_split_availability_are_skipped_and_text_keeps_commas_and_slashes()
    {
        var result = StatementFiles.Read("bai2/bai2_synthetic_funds_D_S_jpy_trailers.bai2");

        Assert.Equal(StatementFormat.Bai2, result.Format);
        Assert.Equal(2, result.Statements.Count);
        var usd = result.Statements[0];
        Assert.Equal((1000.00m, 2450.00m), (usd.Header.OpeningBalance, usd.Header.ClosingBalance));
        Assert.Equal(3, usd.Lines.Count);

        // "16,175,150000,D,2,0,100000,1,50000,BANKREF1,CUSTREF1,Deposit, with comma / and slash/"
        var deposit = usd.Lines[0];
        Assert.Equal(1500.00m, deposit.Amount);
        Assert.Equal("BANKREF1", deposit.BankReference);
        Assert.Equal("CUSTREF1", deposit.EndToEndId);
        Assert.Equal("Deposit, with comma / and slash", deposit.Description);

        // Funds type S has three availability amounts before the references
        Assert.Equal((20.00m, "BREF2"), (usd.Lines[1].Amount, usd.Lines[1].BankReference));

        // A record without the final '/', continued by an 88
        Assert.Equal(-70.00m, usd.Lines[2].Amount);
        Assert.Equal("Outgoing wire to supplier, second line", usd.Lines[2].Description);

        // JPY has no minor units: 500 is 500 yen
        var jpy = result.Statements[1];
        Assert.Equal("JPY", jpy.Header.Currency);
        Assert.Equal(500m, Assert.Single(jpy.Lines).Amount);
        Assert.Equal((1000m, 1500m), (jpy.Header.OpeningBalance, jpy.Header.ClosingBalance));

        // Non-monetary 910 is not a line; the JPY account trailer's control total is wrong on purpose
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("non-monetary", StringComparison.Ordinal));
        var warning = Assert.Single(result.Diagnostics(DiagnosticSeverity.Warning));
        Assert.Equal("line 12", warning.Location);
        Assert.Contains("control total is 999", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_detail_records_are_errors_and_the_rest_is_read()
    {
        const string text = "01,A,B,240101,1200,1,,,2/\n02,B,A,1,240101,,NOK,2/\n03,12345678903,,010,1000,,,015,1500,,/\n"
            + "16,1X2,100,,R1,,bad type/\n16,142,abc,,R2,,bad amount/\n16,142,300,Q,R3,,bad funds type/\n16,142,500,,R4,,good/\n49,2500,7/\n98,2500,1,9/\n99,2500,1,11/\n";

        var result = StatementFiles.ParseWith(Parser, Encoding.ASCII.GetBytes(text));

        var errors = result.Diagnostics(DiagnosticSeverity.Error);
        Assert.Equal(new[] { "line 4", "line 5", "line 6" }, errors.Select(e => e.Location));
        var statement = Assert.Single(result.Statements);
        Assert.Equal("NOK", statement.Header.Currency);
        Assert.Equal("R4", Assert.Single(statement.Lines).BankReference);
    }

    [Fact]
    public void Detail_before_any_account_and_missing_trailers_are_reported()
    {
        const string text = "01,A,B,240101,1200,1,,,2/\n02,B,A,1,240101,,USD,2/\n16,142,100,,R0,,orphan/\n03,1,,010,0,,/\n16,142,100,,R1,,ok/\n";

        var result = StatementFiles.ParseWith(Parser, Encoding.ASCII.GetBytes(text));

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == "line 3");
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no account trailer (49)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no group trailer (98)", StringComparison.Ordinal));
        Assert.Equal(1.00m, Assert.Single(Assert.Single(result.Statements).Lines).Amount);
    }

    [Fact]
    public void Garbage_and_empty_files_are_rejected()
    {
        var garbage = Encoding.ASCII.GetBytes("01,this is,not,a,bai2,file\nhello\n");

        Assert.True(StatementFiles.ParseWith(Parser, garbage).IsRejected);
        Assert.True(StatementFiles.ParseWith(Parser, []).IsRejected);
        Assert.False(Parser.CanRead(Encoding.ASCII.GetBytes("Date,Amount,Text\n01,2,3\n")));
    }

    [Theory]
    [InlineData("01,0004,12345,060321,0829,001,80,1,2/\n02,12345")]
    [InlineData("\uFEFF01,GSBI,cont001,210706,1249,1,,,2/\n")]
    [InlineData("01,103100195,103100195,220919,2112,4,,,2/   02,103100195,103100195,1,220919,2400,USD,2/\n")]
    public void Can_read_recognises_a_file_header(string head)
    {
        Assert.True(Parser.CanRead(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData(":20:STARTUMS\r\n:25:1/2\r\n")]
    [InlineData("01;2024-01-01;100,00;Text\n")]
    [InlineData("<OFX>")]
    public void Can_read_refuses_other_formats(string head)
    {
        Assert.False(Parser.CanRead(Encoding.UTF8.GetBytes(head)));
    }
}
