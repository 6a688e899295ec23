using System.Globalization;
using BankRecon.Domain.Payments;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Camt;

namespace BankRecon.Importers.Tests.Camt;

/// <summary>Facts about the camt fixtures, checked by hand against the XML (independently of the golden files).</summary>
public sealed class CamtParserTests
{
    private static ParsedLine Line(ParseResult result, string location) =>
        result.Statements.SelectMany(s => s.Lines).Single(l => l.Location == location);

    [Fact]
    public void PostFinance_sample_splits_its_batches_and_adds_up_to_the_closing_balance()
    {
        var result = CamtTestFiles.Read("camt053_viafintech_v04_postfinance_sps_sample.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("CH0309000000250090342", statement.Header.Account);
        Assert.Equal("CHF", statement.Header.Currency);
        Assert.Equal(322152.16m, statement.Header.OpeningBalance);
        Assert.Equal(322689.77m, statement.Header.ClosingBalance);
        Assert.Equal(32, statement.Lines.Count);
        Assert.Equal(537.61m, statement.Lines.Sum(l => l.Amount));
        Assert.Equal(10, statement.Lines.Count(l => l.Location!.StartsWith("Stmt[1]/Ntry[7]/TxDtls[", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void PostFinance_reversals_keep_their_booked_sign_and_name_the_original_debtor()
    {
        var result = CamtTestFiles.Read("camt053_viafintech_v04_postfinance_sps_sample.xml");

        var reversal = Line(result, "Stmt[1]/Ntry[12]");
        Assert.True(reversal.IsReversal);
        Assert.Equal(-6.00m, reversal.Amount);
        Assert.Equal("Bernasconi Maria", reversal.CounterpartyName);
        Assert.Equal("CH3709000000250094580", reversal.CounterpartyAccount);
        Assert.Equal(0.70m, reversal.ChargesAmount);
        Assert.Equal("TST_205-2091679-6", reversal.BankReference);
        Assert.Equal(2, result.Statements[0].Lines.Count(l => l.IsReversal));
    }

    [Fact]
    public void PostFinance_batch_transaction_carries_its_own_reference_and_charges()
    {
        var result = CamtTestFiles.Read("camt053_viafintech_v04_postfinance_sps_sample.xml");

        var first = Line(result, "Stmt[1]/Ntry[7]/TxDtls[2]");
        Assert.Equal(50.00m, first.Amount);
        Assert.Equal("000000000002016030002820804", first.Reference);
        Assert.Equal("ISR Reference", first.ReferenceType);
        Assert.Equal("160527CH00T3KWWA", first.BankReference);
        Assert.Equal("Rutschmann Pia", first.CounterpartyName);
        Assert.Equal(new DateOnly(2016, 5, 27), first.BookingDate);
        Assert.Equal(new DateOnly(2016, 5, 30), first.ValueDate);
        Assert.Equal(1.24m, Line(result, "Stmt[1]/Ntry[7]/TxDtls[1]").ChargesAmount);
        Assert.DoesNotContain("?REJECT?", first.Description ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Austrian_stuzza_namespace_is_read_by_local_name_with_PRCD_as_opening_balance()
    {
        var result = CamtTestFiles.Read("camt053_viafintech_v02_stuzza_at_namespace.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal(150.00m, statement.Header.OpeningBalance);
        Assert.Equal(550.00m, statement.Header.ClosingBalance);
        Assert.Equal([50.00m, 100.00m, 250.00m], statement.Lines.Select(l => l.Amount));
        Assert.Equal("201912341234", statement.Lines[0].Reference);
        Assert.Equal("SCOR", statement.Lines[0].ReferenceType);
        Assert.Equal("Musterfrau Muster", statement.Lines[0].CounterpartyName);
        Assert.Equal("Gutschrift a/Muterfra Muster", statement.Lines[0].Description);
        Assert.Equal("201900002", statement.Header.LegalSequenceNumber);
        Assert.Equal(new DateOnly(2019, 3, 1), statement.Header.From);
        Assert.Equal(new DateOnly(2019, 3, 1), statement.Header.To);
    }

    [Fact]
    public void Amounts_keep_the_scale_written_in_the_file()
    {
        var result = CamtTestFiles.Read("camt053_genkgo_v02_five_decimals.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("18.150", statement.Header.OpeningBalance!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("8.850", statement.Lines[0].Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("5442.09000", CamtTestFiles.Read("camt053_genkgo_v02_bal_dttm_ron.xml").Statements[0].Header.OpeningBalance!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_statements_in_one_file_chain_their_balances()
    {
        var result = CamtTestFiles.Read("camt053_genkgo_v02_multi_statement.xml");

        Assert.Equal(2, result.Statements.Count);
        Assert.Equal([0, 1], result.Statements.Select(s => s.Header.StatementIndex));
        Assert.Equal(result.Statements[0].Header.ClosingBalance, result.Statements[1].Header.OpeningBalance);
        Assert.Equal(-7.00m, result.Statements[1].Lines.Single().Amount);
        Assert.Equal(1, result.Statements[1].Lines.Single().StatementIndex);
        Assert.Equal("Company Name 2", result.Statements[1].Lines.Single().CounterpartyName);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("do not add up", StringComparison.Ordinal));
    }

    [Fact]
    public void V08_balance_in_another_currency_is_not_used_and_the_party_is_read_through_Pty()
    {
        var result = CamtTestFiles.Read("camt053_genkgo_v08_dttm_scor.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("EUR", statement.Header.Currency);
        Assert.Equal(18.15m, statement.Header.OpeningBalance);
        Assert.Null(statement.Header.ClosingBalance);
        Assert.Contains(result.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, Location: "Stmt[1]/Bal[2]" } && d.Message.Contains("SEK", StringComparison.Ordinal));
        var line = Assert.Single(statement.Lines);
        Assert.Equal(new DateOnly(2014, 12, 31), line.BookingDate);
        Assert.Equal("NAME NAME", line.CounterpartyName);
        Assert.Equal("4654654654654654", line.Reference);
        Assert.True(statement.Header.IsCopy);
    }

    [Fact]
    public void Balances_without_credit_debit_indicator_are_taken_as_credit_with_a_warning()
    {
        var result = CamtTestFiles.Read("camt053_subite_v08_lt_minified_no_cdtdbtind_on_bal.xml");

        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(21081222.58m, result.Statements[0].Header.OpeningBalance);
        Assert.Equal(21903960.39m, result.Statements[0].Header.ClosingBalance);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("CdtDbtInd", StringComparison.Ordinal)));
        Assert.Equal(result.Statements[0].Header.ClosingBalance - result.Statements[0].Header.OpeningBalance, result.Statements[0].Lines.Sum(l => l.Amount));
        Assert.Equal("LT625883379695428516", result.Statements[0].Header.Account);
    }

    [Fact]
    public void Norwegian_statement_reads_the_BBAN_account_and_the_KID()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v02_no_bban_kid.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("86011117947", statement.Header.Account);
        Assert.Equal("NOK", statement.Header.Currency);
        Assert.Equal("74", statement.Header.ElectronicSequenceNumber);
        var kid = statement.Lines[0];
        Assert.Equal(12500.00m, kid.Amount);
        Assert.Equal("20260315000121", kid.Reference);
        Assert.True(PaymentReference.IsValidKidMod10(kid.Reference));
        Assert.Equal("Ola Nordmann", kid.CounterpartyName);
        Assert.Equal("12345678903", kid.CounterpartyAccount);
        var payment = statement.Lines[2];
        Assert.Equal(-176.90m, payment.Amount);
        Assert.Equal("Strømleverandøren Vest AS", payment.CounterpartyName);
        Assert.Null(payment.EndToEndId);
        Assert.Equal(new DateOnly(2026, 3, 15), statement.Header.From);
        Assert.Equal(new DateOnly(2026, 3, 15), statement.Header.To);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Swedish_statement_reads_OCR_references_and_Bankgiro_accounts()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v04_se_ocr_bankgiro.xml");

        var statement = Assert.Single(result.Statements);
        Assert.All(statement.Lines.Where(l => l.Reference is not null), l => Assert.True(PaymentReference.IsValidOcr(l.Reference, requireLengthDigit: true)));
        Assert.Equal("5050-1055", statement.Lines[0].CounterpartyAccount);
        Assert.Equal("Kontorsmaterial i Norr AB", statement.Lines[2].CounterpartyName);
        Assert.Equal("Hyra april", statement.Lines[1].Description);
        // 2026-04-01T00:30+02:00 is 2026-03-31 in UTC, but the bank booked it on 1 April.
        Assert.Equal(new DateOnly(2026, 4, 1), statement.Lines[0].BookingDate);
        Assert.Equal(new DateOnly(2026, 3, 31), statement.Lines[1].BookingDate);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Batch_whose_transactions_add_up_is_split_into_one_line_per_transaction()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v08_quirks.xml");

        var parts = result.Statements[0].Lines.Where(l => l.Location!.StartsWith("Stmt[1]/Ntry[1]/", StringComparison.Ordinal)).ToList();
        Assert.Equal([100.00m, 150.00m, 50.00m], parts.Select(l => l.Amount));
        Assert.Equal(["Anna Berg", "Bjørn Dahl", "Carla Diaz"], parts.Select(l => l.CounterpartyName));
        Assert.Equal("TX-0001-A", parts[0].BankReference);
        Assert.Equal("BATCH-2026-0001", parts[1].BankReference);
        Assert.Equal("RF18539007547034", parts[1].Reference);
        Assert.Null(parts[2].EndToEndId);
        Assert.Equal("INV-1003 third payment SEPA Sammelgutschrift", parts[2].Description);
    }

    [Fact]
    public void Batch_is_kept_as_one_line_when_splitting_is_turned_off()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v08_quirks.xml", new ParseOptions { SplitBatches = false });

        var batch = Line(result, "Stmt[1]/Ntry[1]");
        Assert.Equal(300.00m, batch.Amount);
        Assert.Equal("BATCH-2026-0001", batch.BankReference);
        Assert.Equal(8, result.Statements[0].Lines.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("do not add up", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_whose_transactions_do_not_add_up_stays_one_line_with_an_info()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v08_quirks.xml");

        Assert.Equal(-99.00m, Line(result, "Stmt[1]/Ntry[2]").Amount);
        Assert.Contains(result.Diagnostics, d => d is { Severity: DiagnosticSeverity.Info, Location: "Stmt[1]/Ntry[2]" });
    }

    [Fact]
    public void Quirks_file_maps_reversal_charges_fx_dates_and_proprietary_references()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v08_quirks.xml");

        var reversal = Line(result, "Stmt[1]/Ntry[3]");
        Assert.True(reversal.IsReversal);
        Assert.Equal(75.00m, reversal.Amount);
        Assert.Equal("Returned Supplier GmbH", reversal.CounterpartyName);

        var charged = Line(result, "Stmt[1]/Ntry[4]");
        Assert.Equal(-1002.50m, charged.Amount);
        Assert.Equal(2.50m, charged.ChargesAmount);

        var fx = Line(result, "Stmt[1]/Ntry[5]");
        Assert.Equal((100.00m, "USD", 0.8547m), (fx.OriginalAmount!.Value, fx.OriginalCurrency, fx.ExchangeRate!.Value));

        var late = Line(result, "Stmt[1]/Ntry[7]");
        Assert.Equal(new DateOnly(2026, 3, 31), late.BookingDate);
        Assert.Equal(new DateOnly(2026, 4, 1), late.ValueDate);

        var qr = Line(result, "Stmt[1]/Ntry[8]");
        Assert.Equal(("210000000003139471430009017", "QRR"), (qr.Reference, qr.ReferenceType));
        Assert.Equal("TX-REF-0008", qr.BankReference);

        var textOnly = Line(result, "Stmt[1]/Ntry[9]");
        Assert.Equal("CRÉDIT GROUPÉ FÜR Miete März", textOnly.Description);
        Assert.Equal("Z44", textOnly.BankTransactionCode);
        Assert.Equal("NTRY-0009", textOnly.BankReference);
    }

    [Fact]
    public void Duplicate_statement_is_flagged_as_copy_with_a_warning()
    {
        var result = CamtTestFiles.Read("bankrecon_camt053_v08_quirks.xml");

        Assert.True(result.Statements[0].Header.IsCopy);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("DUPL", StringComparison.Ordinal)
            && d.Code == "parse.camt-copy" && d.Args.SequenceEqual(new object[] { "DUPL" }));
        Assert.Equal(888.63m, result.Statements[0].Header.ClosingBalance);
        Assert.Equal(1000.00m, result.Statements[0].Header.OpeningBalance);
    }

    [Fact]
    public void Pending_and_information_entries_are_skipped_with_an_info()
    {
        var result = CamtTestFiles.Read("bankrecon_camt052_v08_intraday_pending.xml");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("Rpt[1]", statement.Header.Location);
        Assert.Equal(120.00m, Assert.Single(statement.Lines).Amount);
        Assert.Equal(["Rpt[1]/Ntry[2]", "Rpt[1]/Ntry[3]"], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Select(d => d.Location));
        // coded by status, so that the import page says "pending" in the reader's language
        Assert.Equal(["parse.camt-entry-pending", "parse.camt-entry-information-only"], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Select(d => d.Code));
        Assert.Null(statement.Header.OpeningBalance);
        Assert.Equal("705VIITESIIRTO", statement.Lines[0].BankTransactionCode);
    }

    [Fact]
    public void Prefixed_v13_file_with_BOM_and_no_declaration_is_detected_and_read()
    {
        var bytes = File.ReadAllBytes(Path.Combine(CamtTestFiles.Folder, "bankrecon_camt053_v13_prefixed_bom_no_declaration.xml"));
        Assert.True(new CamtParser().CanRead(bytes));

        var result = CamtTestFiles.Read("bankrecon_camt053_v13_prefixed_bom_no_declaration.xml");

        var line = Assert.Single(result.Statements.Single().Lines);
        Assert.Equal("Søren & Co ApS", line.CounterpartyName);
        Assert.Equal("Faktura <2026-77>", line.Description);
        Assert.Equal(-250.00m, result.Statements[0].Header.OpeningBalance);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Notification_batch_in_another_currency_than_its_entry_stays_one_line()
    {
        var result = CamtTestFiles.Read("camt054_genkgo_v08_batch.xml");

        var line = Assert.Single(result.Statements.Single().Lines);
        Assert.Equal(-200000m, line.Amount);
        Assert.Equal("SEK", line.Currency);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("CHF", StringComparison.Ordinal));
    }

    [Fact]
    public void Entry_in_another_currency_than_the_account_is_kept_with_a_warning()
    {
        var xml = CamtTestFiles.Statement("""<Ntry><Amt Ccy="EUR">20.97</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt><BkTxCd/></Ntry>""", currency: "<Ccy>CHF</Ccy>");

        var result = CamtTestFiles.ReadXml(xml);

        var line = Assert.Single(result.Statements.Single().Lines);
        Assert.Equal((-20.97m, "EUR"), (line.Amount, line.Currency));
        Assert.Contains(result.Diagnostics, d => d is { Severity: DiagnosticSeverity.Warning, Location: "Stmt[1]/Ntry[1]" });
    }

    [Fact]
    public void Entry_without_direction_is_skipped_with_an_error()
    {
        var xml = CamtTestFiles.Statement("""<Ntry><Amt Ccy="EUR">5.00</Amt><Sts><Cd>BOOK</Cd></Sts><BkTxCd/></Ntry><Ntry><Amt Ccy="EUR">abc</Amt><CdtDbtInd>CRDT</CdtDbtInd><BkTxCd/></Ntry><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BkTxCd/></Ntry>""");

        var result = CamtTestFiles.ReadXml(xml);

        Assert.Equal(1.00m, Assert.Single(result.Statements.Single().Lines).Amount);
        Assert.Equal(["Stmt[1]/Ntry[1]", "Stmt[1]/Ntry[2]"], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location));
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void Period_falls_back_to_the_first_and_last_booking_date()
    {
        var xml = CamtTestFiles.Statement("""
            <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-09</Dt></BookgDt><BkTxCd/></Ntry>
            <Ntry><Amt Ccy="EUR">2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><DtTm>2026-01-03T10:00:00</DtTm></BookgDt><BkTxCd/></Ntry>
            <Ntry><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-05</Dt></BookgDt><BkTxCd/></Ntry>
            """);

        var header = CamtTestFiles.ReadXml(xml).Statements.Single().Header;

        Assert.Equal((new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 9)), (header.From!.Value, header.To!.Value));
    }

    [Fact]
    public void Account_currency_and_account_fall_back_to_the_parse_options()
    {
        var xml = CamtTestFiles.Statement("""<Ntry><Amt Ccy="NOK">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BkTxCd/></Ntry>""", account: "", currency: "");

        var header = CamtTestFiles.ReadXml(xml, new ParseOptions { DefaultCurrency = "NOK", DefaultAccount = "86011117947" }).Statements.Single().Header;

        Assert.Equal(("86011117947", "NOK"), (header.Account, header.Currency));
    }

    [Fact]
    public void Closing_balance_written_after_the_entries_is_still_used()
    {
        var xml = CamtTestFiles.Statement("""
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-01</Dt></Dt></Bal>
            <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BkTxCd/></Ntry>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-01</Dt></Dt></Bal>
            """);

        var result = CamtTestFiles.ReadXml(xml);

        Assert.Equal((10.00m, 5.00m), (result.Statements[0].Header.OpeningBalance!.Value, result.Statements[0].Header.ClosingBalance!.Value));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Non_seekable_stream_is_read()
    {
        using var file = File.OpenRead(Path.Combine(CamtTestFiles.Folder, "camt053_viafintech_v02_stuzza_at_namespace.xml"));
        using var forwardOnly = new ForwardOnlyStream(file);

        var result = StatementReader.Read(forwardOnly);

        Assert.Equal(3, result.LineCount);
    }

    [Fact]
    public void Camt_parser_is_registered_first()
    {
        Assert.IsType<CamtParser>(StatementParsers.All[0]);
        Assert.IsType<CamtParser>(StatementParsers.For(StatementFormat.Camt));
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
