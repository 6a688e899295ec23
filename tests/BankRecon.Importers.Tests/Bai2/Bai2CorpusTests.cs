using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Tests.Mt940;

namespace BankRecon.Importers.Tests.Bai2;

/// <summary>
/// Golden tests over the real BAI2 samples in TestData/bai2 (see THIRD-PARTY-NOTICES-mt940-bai2.md). Expected values
/// were read off the files by hand: amounts have two implied decimals, 100–399 are credits and 400–699 debits.
/// </summary>
public sealed class Bai2CorpusTests
{
    private static ParseResult Read(string file)
    {
        var result = StatementFiles.Read("bai2/" + file);
        Assert.Equal(StatementFormat.Bai2, result.Format);
        Assert.Empty(result.Diagnostics(DiagnosticSeverity.Fatal));
        Assert.Empty(result.Diagnostics(DiagnosticSeverity.Error));
        return result;
    }

    private static void AssertStatement(ParsedStatement statement, string account, string currency, DateOnly asOf, decimal? opening, decimal? closing, int lines, decimal sum)
    {
        Assert.Equal(account, statement.Header.Account);
        Assert.Equal(currency, statement.Header.Currency);
        Assert.Equal(asOf, statement.Header.From);
        Assert.Equal(asOf, statement.Header.To);
        Assert.Equal(opening, statement.Header.OpeningBalance);
        Assert.Equal(closing, statement.Header.ClosingBalance);
        Assert.Equal(lines, statement.Lines.Count);
        Assert.Equal(sum, statement.Lines.Sum(l => l.Amount));
    }

    [Fact]
    public void Svb_summaries_continued_over_88_lines_and_a_99_without_slash()
    {
        var result = Read("bai2_moj_svb_us_multi_group_no_final_slash.bai2");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "1234567890", "USD", new DateOnly(2022, 2, 1), 347269.79m, 352171.75m, 1, 4901.96m);
        AssertStatement(result.Statements[1], "1234567890", "USD", new DateOnly(2022, 2, 2), 352171.75m, 361229.75m, 1, 9058.00m);

        // "16,142,490196,,172629,/" + "88,SOME PAYMENT ACH OFFSET": the 88 carries the text
        var line = result.Statements[0].Lines[0];
        Assert.Equal("142", line.BankTransactionCode);
        Assert.Equal("172629", line.BankReference);
        Assert.Null(line.EndToEndId);
        Assert.Equal("SOME PAYMENT ACH OFFSET", line.Description);

        // Control totals and record counts (49/98/99) all agree, and the balances add up.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Canadian_sample_with_funds_type_v_value_dates()
    {
        var result = Read("bai2_moov_sample1_ca_cad_fundstype_V.txt");

        Assert.Equal(2, result.Statements.Count);

        // Only available balances (040/045) are given: no ledger balances to report.
        AssertStatement(result.Statements[0], "10200123456", "CAD", new DateOnly(2006, 3, 17), null, null, 11, 0m);
        AssertStatement(result.Statements[1], "10200123456", "CAD", new DateOnly(2006, 3, 17), null, null, 6, 0m);

        var first = result.Statements[0].Lines[0];
        Assert.Equal(-25.00m, first.Amount);
        Assert.Equal("409", first.BankTransactionCode);
        Assert.Equal(new DateOnly(2006, 3, 16), first.ValueDate);
        Assert.Equal(new DateOnly(2006, 3, 17), first.BookingDate);
        Assert.Equal("RETURNED CHEQUE", first.Description);
        Assert.Equal(2035.00m, result.Statements[0].Lines[3].Amount);
        Assert.Equal(new DateOnly(2006, 3, 17), result.Statements[1].Lines[0].ValueDate);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Spec_example_with_funds_types_s_d_v_and_blank_currency()
    {
        var result = Read("bai2_moov_sample2_spec_example_multi_group.txt");

        Assert.Equal(5, result.Statements.Count);
        AssertStatement(result.Statements[0], "0123456789", "USD", new DateOnly(2004, 6, 20), 43500.00m, null, 1, 4500.00m);

        // 010 amount -500000 on the 03 line, more summaries in two 88 lines (one of them negative)
        AssertStatement(result.Statements[1], "9876543210", "USD", new DateOnly(2004, 6, 20), -5000.00m, null, 1, 5000.00m);
        Assert.Equal("LOCK BOX NO.68751", result.Statements[1].Lines[0].Description);
        AssertStatement(result.Statements[2], "4589761203", "USD", new DateOnly(2004, 6, 20), 100000.00m, null, 2, 300000.00m);

        // Funds type D in the summary (3 distributions) must be skipped correctly
        AssertStatement(result.Statements[3], "0975312468", "USD", new DateOnly(2004, 6, 20), 5000.00m, null, 0, 0m);
        AssertStatement(result.Statements[4], "7890654321", "USD", new DateOnly(2004, 6, 20), 8000.00m, null, 0, 0m);

        // "16,218,20000000,V,040622,,SP4738,YRC065321/" with its text in the following 88
        var letterOfCredit = result.Statements[2].Lines[0];
        Assert.Equal(200000.00m, letterOfCredit.Amount);
        Assert.Equal(new DateOnly(2004, 6, 22), letterOfCredit.ValueDate);
        Assert.Equal("SP4738", letterOfCredit.BankReference);
        Assert.Equal("YRC065321", letterOfCredit.EndToEndId);
        Assert.Equal("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO", letterOfCredit.Description);

        Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("USD was assumed", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Several_records_on_one_line_and_text_continued_without_88()
    {
        var result = Read("bai2_moov_sample3_multiple_records_per_line.txt");

        Assert.Equal(15, result.Statements.Count);
        Assert.Equal(26, result.LineCount);
        AssertStatement(result.Statements[0], "1111111", "USD", new DateOnly(2022, 9, 19), -35.00m, -36.00m, 6, -1.00m);
        AssertStatement(result.Statements[3], "1111111", "USD", new DateOnly(2022, 9, 19), -557.03m, -864.06m, 2, -307.03m);
        AssertStatement(result.Statements[7], "11111111", "USD", new DateOnly(2022, 9, 19), 6252.66m, 6103.15m, 6, -149.51m);
        AssertStatement(result.Statements[9], "11111111", "USD", new DateOnly(2022, 9, 19), -40.78m, 275.95m, 8, 316.73m);

        // "…PPD/ 16,142,500,Z,…" — two details on one physical line
        Assert.Equal("TRANSFER PAYPAL PPD", result.Statements[0].Lines[0].Description);
        Assert.Equal(5.00m, result.Statements[0].Lines[1].Amount);
        Assert.Equal("TRANSFER MSPBNA BANK PPD", result.Statements[0].Lines[1].Description);

        // A 16 whose text runs on to the next physical line without an 88, then an 88
        Assert.Equal("111111 ACH_SETL 1111111111 111111111111111 1111111111", result.Statements[7].Lines[0].Description);
        Assert.Equal("Wire Transfer Credit VISA INTERNATIONAL 900 METRO CENTER BLVD FOSTER CITY CA 94404", result.Statements[9].Lines[0].Description);

        // Every trailer agrees once the physical lines are split into logical records.
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Goldman_text_with_commas_and_tagged_88_continuations()
    {
        var result = Read("bai2_moov_sample4_goldman_88_continuations.txt");

        Assert.Equal(5, result.Statements.Count);
        AssertStatement(result.Statements[0], "107049924", "USD", new DateOnly(2023, 9, 6), null, null, 0, 0m);
        AssertStatement(result.Statements[1], "107049932", "USD", new DateOnly(2023, 9, 6), null, null, 3, -8451.50m);
        AssertStatement(result.Statements[2], "104108339", "USD", new DateOnly(2023, 9, 6), 1595811.94m, 1593811.94m, 14, -299031.74m);

        var first = result.Statements[1].Lines[0];
        Assert.Equal(-600.00m, first.Amount);
        Assert.Equal("447", first.BankTransactionCode);
        Assert.Equal("SPB2322984714570", first.BankReference);
        Assert.Equal("1111", first.EndToEndId);
        Assert.Equal("ACH Credit Payment,Entry Description: EXP; -, SEC: CCD, Client Ref ID: 1111, GS ID: SPB2322984714570", first.Description);
        Assert.Equal("ACHCONTROLOUTUSD01", first.CounterpartyAccount);

        // A credit's counterparty is the debtor (DBNM/DACT); a debit's is the creditor (CRNM/CACT)
        var reject = result.Statements[1].Lines[1];
        Assert.Equal(1435.00m, reject.Amount);
        Assert.Equal("SAMPLE INC", reject.CounterpartyName);
        Assert.Equal("101152046", reject.CounterpartyAccount);
        Assert.Equal("GSQ4FBGFDGWGKY", reject.EndToEndId);
        var wire = result.Statements[2].Lines[13];
        Assert.Equal(-300000.00m, wire.Amount);
        Assert.Equal("TEST AND COMPANY", wire.CounterpartyName);
        Assert.Equal("609873838", wire.CounterpartyAccount);
        Assert.Equal("3785726", wire.EndToEndId);

        // REMI not already in the text is appended to the description
        Assert.Equal("Check Paid,- UAT testing for Checks", result.Statements[2].Lines[9].Description);

        // This sample's trailers and its third account's balances are inconsistent: each is reported, none is fatal.
        Assert.Single(result.BalanceWarnings());
        Assert.Contains(result.Diagnostics, d => d.Location == "line 22" && d.Message.Contains("control total is -1260161341762", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location == "line 115" && d.Message.Contains("announces 4 accounts, but 5", StringComparison.Ordinal)
            && d.Code == "parse.bai2-group-accounts" && d.Args.SequenceEqual(new object[] { 4, 5 }));
        Assert.Contains(result.Diagnostics, d => d.Location == "line 116" && d.Message.Contains("file trailer announces 18 records", StringComparison.Ordinal)
            && d.Code == "parse.bai2-file-records");
        Assert.False(result.IsRejected);
    }
}
