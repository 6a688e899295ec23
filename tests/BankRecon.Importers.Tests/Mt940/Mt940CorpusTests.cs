using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Tests.Mt940;

/// <summary>
/// Golden tests over the real MT940/MT942 samples in TestData/mt940 (see THIRD-PARTY-NOTICES-mt940-bai2.md).
/// Expected values were read off the files by hand. Where a sample's own balances do not add up, the test asserts
/// that the balance warning is reported.
/// </summary>
public sealed class Mt940CorpusTests
{
    private static ParseResult Read(string file, ParseOptions? options = null)
    {
        var result = StatementFiles.Read("mt940/" + file, options);
        Assert.Equal(StatementFormat.Mt940, result.Format);
        Assert.Empty(result.Diagnostics(DiagnosticSeverity.Fatal));
        Assert.Empty(result.Diagnostics(DiagnosticSeverity.Error));
        return result;
    }

    private static void AssertStatement(ParsedStatement statement, string account, string currency, decimal? opening, decimal? closing, int lines, decimal sum)
    {
        Assert.Equal(account, statement.Header.Account);
        Assert.Equal(currency, statement.Header.Currency);
        Assert.Equal(opening, statement.Header.OpeningBalance);
        Assert.Equal(closing, statement.Header.ClosingBalance);
        Assert.Equal(lines, statement.Lines.Count);
        Assert.Equal(sum, statement.Lines.Sum(l => l.Amount));
        Assert.All(statement.Lines, l => Assert.Equal(currency, l.Currency));
    }

    [Fact]
    public void Betterplace_german_subfields_are_read_into_references_names_and_text()
    {
        var result = Read("mt940_betterplace_de_sepa_subfields_snippet.sta");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "50880050/0194787400888", "EUR", 766656.49m, 1125250.40m, 4, 358593.91m);
        AssertStatement(result.Statements[1], "50880050/0194791600888", "EUR", -1970431.87m, -4472049.09m, 7, -2501917.30m);
        Assert.Equal("00004/00001", result.Statements[0].Header.StatementId);

        // 0709070904CR50990,05: value 2007-09-07, entry 09-04, C + funds code R (not a reversal)
        var first = result.Statements[0].Lines[0];
        Assert.Equal(new DateOnly(2007, 9, 7), first.ValueDate);
        Assert.Equal(new DateOnly(2007, 9, 4), first.BookingDate);
        Assert.Equal(50990.05m, first.Amount);
        Assert.False(first.IsReversal);
        Assert.Equal("NTRF/166", first.BankTransactionCode);
        Assert.Equal("0724710333343453", first.BankReference);
        Assert.Equal("EndToEndId TFNR 22 004 00001", first.EndToEndId);
        Assert.Equal("Verw CTSc-01 BC-PPP TFNr 22 004", first.Description);
        Assert.Equal("DE14508800500194785000", first.CounterpartyAccount);
        Assert.Equal("KARL KAUFMANN", first.CounterpartyName);

        // ?22 "ungszweck" continues "Verwend" across a physical line break and a subfield mark
        Assert.Equal("Strukturierter Verwendungszweck 30030004 DE", result.Statements[0].Lines[1].Description);

        // DR1500,00 = debit + funds code R
        Assert.Equal(-1500.00m, result.Statements[0].Lines[3].Amount);

        // RETOURE: the reference stops where the message text "MTLG:" starts (subfield boundary)
        var retoure = result.Statements[1].Lines[0];
        Assert.Equal(-0.08m, retoure.Amount);
        Assert.Equal("TFNR 40001 00005", retoure.EndToEndId);
        Assert.Equal("MTLG:Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag", retoure.Description);
        Assert.Equal(15000m, result.Statements[1].Lines[2].Amount);

        // The sample's second statement does not add up (-1970431.87 - 2501917.30 != -4472049.09).
        var warning = Assert.Single(result.BalanceWarnings());
        Assert.Contains("difference 300.08", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abn_amro_header_lines_are_skipped_and_intermediate_balances_are_reported()
    {
        var result = Read("mt940_jejik_abnamro_nl_legacy_header.txt");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "517852257", "EUR", 3236.28m, 876.84m, 8, -321.44m);
        AssertStatement(result.Statements[1], "517852257", "EUR", 2876.84m, 1849.75m, 2, -24.49m);
        Assert.Equal("19321/1", result.Statements[0].Header.StatementId);
        Assert.Equal("19322/1", result.Statements[1].Header.StatementId);

        // "1105210523D11,59": value date 21 May before entry date 23 May
        var line = result.Statements[0].Lines[1];
        Assert.Equal(new DateOnly(2011, 5, 21), line.ValueDate);
        Assert.Equal(new DateOnly(2011, 5, 23), line.BookingDate);
        Assert.Equal(-11.59m, line.Amount);
        Assert.Equal("N426", line.BankTransactionCode);
        Assert.Equal(-9m, result.Statements[0].Lines[0].Amount);
        Assert.Equal(-11.8m, result.Statements[0].Lines[3].Amount);
        Assert.Equal("BEA NR:XXX1234 22.05.11/14.25 MC DONALDS A44 LEIDEN,PAS999", result.Statements[0].Lines[3].Description);
        Assert.Equal(
            "GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 000000042188659 5314606715 BETREFT FACTUUR D.D. 20-05-2011 INCL. 1,44 BTW",
            result.Statements[0].Lines[0].Description);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("Skipped 6 line(s)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("(:60M:)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("(:62M:)", StringComparison.Ordinal));
        Assert.Equal(2, result.BalanceWarnings().Count);
    }

    [Fact]
    public void Ing_legacy_swift_blocks_space_padded_codes_and_statement_totals()
    {
        var result = Read("mt940_jejik_ing_nl_legacy_swiftblocks_crlf.txt");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "0001234567", "EUR", 0m, 3.47m, 7, -45.59m);
        Assert.Equal("000", statement.Header.StatementId);

        // :61: without entry date; "NOV " is N + "OV " (ING pads with a space)
        var first = statement.Lines[0];
        Assert.Equal(new DateOnly(2010, 7, 22), first.BookingDate);
        Assert.Equal(first.ValueDate, first.BookingDate);
        Assert.Equal("NOV", first.BankTransactionCode);
        Assert.Null(first.EndToEndId);

        // "NGT TMG TANGO": the customer reference follows the padded code
        Assert.Equal("TMG TANGO", statement.Lines[2].EndToEndId);

        // Soft hyphens (UTF-8 U+00AD) and the tab survive, the tab as a space
        Assert.Contains("10\u00AD06\u00AD2010", statement.Lines[2].Description, StringComparison.Ordinal);
        Assert.Equal("0111111111 GPSEOUL SPOEDBETALING MPBZS1016000047 GPSEOUL", statement.Lines[1].Description);
        Assert.Equal(1.00m, statement.Lines[6].Amount);
        Assert.Equal(new DateOnly(2010, 7, 23), statement.Lines[6].ValueDate);

        // The totals :86: after :62F: belongs to the statement, not to the last line.
        Assert.DoesNotContain("D000004C000002", statement.Lines[6].Description, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("after the closing balance", StringComparison.Ordinal));
        Assert.Single(result.BalanceWarnings());
    }

    [Fact]
    public void Rabobank_legacy_pseudo_tag_padded_amounts_and_repeated_86()
    {
        var result = Read("mt940_jejik_rabobank_nl_legacy_padded.txt");

        Assert.Equal(4, result.Statements.Count);
        AssertStatement(result.Statements[0], "1291.99.348", "EUR", 473.17m, 395.82m, 1, -1213.28m);
        AssertStatement(result.Statements[1], "1291.99.348", "EUR", 1000.89m, 1000.89m, 0, 0m);
        AssertStatement(result.Statements[2], "1291.99.348", "EUR", 1295.82m, 1250.87m, 2, -281.51m);
        AssertStatement(result.Statements[3], "1526.89.184", "EUR", 4196.12m, 4101.82m, 2, -94.30m);

        // Counterparty account and name padded onto the first :61: line; four :86: fields joined
        var line = result.Statements[0].Lines[0];
        Assert.Equal("0121470966", line.CounterpartyAccount);
        Assert.Equal("W.P. Jansen", line.CounterpartyName);
        Assert.Equal("N044", line.BankTransactionCode);
        Assert.Equal(new DateOnly(2011, 5, 27), line.ValueDate);
        Assert.Equal("Terugboeking NIET AKKOORD MET AFSCHRIJVING KOSTEN KINDEROPVANG JUNI 20095731", line.Description);

        var noReference = result.Statements[2].Lines[1];
        Assert.Null(noReference.CounterpartyAccount);
        Assert.Equal("TOMTE TUMMETOT AMERSFOORT", noReference.CounterpartyName);
        Assert.Equal("P000029225", result.Statements[3].Lines[0].CounterpartyAccount);

        // The sample's balances for statements 1 and 3 do not add up.
        Assert.Equal(2, result.BalanceWarnings().Count);
    }

    [Fact]
    public void Rabobank_structured_keys_give_names_accounts_and_remittance()
    {
        var result = Read("mt940_fruitl00p_rabobank_nl_structured_remi.txt");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "NL50RABO0123456789", "EUR", 1147.95m, 1190.35m, 4, 387.56m);
        AssertStatement(result.Statements[1], "NL50RABO0123456789", "EUR", 1190.35m, 18846.34m, 8, 18040.74m);

        var first = result.Statements[0].Lines[0];
        Assert.Equal(-127.50m, first.Amount);
        Assert.Equal("02-04-2013 22:56 1120000153447185", first.EndToEndId);
        Assert.Equal("Nespresso Nederland B.V.", first.CounterpartyName);
        Assert.Equal("NL96RBOS0523149468", first.CounterpartyAccount);
        Assert.Equal("674725433 1120000153447185 14144467636004962", first.Description);

        var domestic = result.Statements[0].Lines[1];
        Assert.Equal("0663616476", domestic.CounterpartyAccount);
        Assert.Equal("Bedrijf B.V.", domestic.CounterpartyName);

        // Values wrapped at 65 characters mid-word are rejoined
        var wrapped = result.Statements[1].Lines[5];
        Assert.Equal("BEDRIJF NV", wrapped.CounterpartyName);
        Assert.Equal("Ref: 201302-080", wrapped.Description);
        Assert.Equal("1134027115", wrapped.EndToEndId);

        // /ACCW/ carries account and BIC
        Assert.Equal("NL54INGB0006752576", result.Statements[1].Lines[7].CounterpartyAccount);
        Assert.Equal(2, result.BalanceWarnings().Count);
    }

    [Fact]
    public void Knab_amount_without_decimal_comma_and_counterparty_in_free_text()
    {
        var result = Read("mt940_jejik_knab_nl_no_decimals.txt");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "123456789", "EUR", 0m, 500m, 1, 500m);
        AssertStatement(result.Statements[1], "123456789", "EUR", 3058.98m, 798.98m, 2, -6760m);

        var noComma = result.Statements[1].Lines[1];
        Assert.Equal(500m, noComma.Amount);
        Assert.Equal("29-07-2014 10:05", noComma.EndToEndId);
        Assert.Equal("B4G29PGDCK1QFV3E", noComma.BankReference);
        Assert.Equal("NL84INGB0234561789", noComma.CounterpartyAccount);
        Assert.Equal("MMS ONLINE NEDERLAND B.V.", noComma.CounterpartyName);
        Assert.Equal("HIER EEN MOOIE OMSCHRIJVING IN HOOFDLETTERS WANT DAT IS ZOALS DE NEDERLANDSE BANKEN COMMUNICEREN",
            result.Statements[0].Lines[0].Description);

        // 3058.98 - 7260 + 500 != 798.98 in the sample
        Assert.Single(result.BalanceWarnings());
    }

    [Fact]
    public void Postfinance_pages_chained_by_intermediate_balances_form_one_statement()
    {
        var result = Read("mt940_jejik_postfinance_ch_62M.txt");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "123456789", "CHF", 0m, 159.6m, 4, 159.4m);
        Assert.Equal("999/1", statement.Header.StatementId);
        Assert.Equal(new DateOnly(2013, 11, 30), statement.Header.From);
        Assert.Equal(new DateOnly(2014, 4, 7), statement.Header.To);

        var first = statement.Lines[0];
        Assert.Equal(79.7m, first.Amount);
        Assert.Equal("FMSC", first.BankTransactionCode);
        Assert.Equal("01916", first.EndToEndId);
        Assert.Equal("20131209007602198765432000000012", first.BankReference);
        Assert.Equal(-79.9m, statement.Lines[2].Amount);
        Assert.EndsWith("MITTEILUNGEN: 1 SONNENGLAESER", statement.Lines[2].Description, StringComparison.Ordinal);

        // Page 2 opens at 229.2 and books -79.9 + 10.1 = 159.4, but closes at 159.6 in the sample.
        var warning = Assert.Single(result.BalanceWarnings());
        Assert.Contains("difference 0.2", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("(:62M:)", StringComparison.Ordinal));
    }

    [Fact]
    public void Deutsche_bank_original_amount_charges_and_mandate_fields()
    {
        var result = Read("mt940_jejik_deutschebank_de_ocmt_chgs_crlf.txt");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "20070000/0123456601", "EUR", 0m, 0m, 1, -12.35m);
        var line = statement.Lines[0];
        Assert.Equal("NRTI/109", line.BankTransactionCode);
        Assert.Equal(11.85m, line.OriginalAmount);
        Assert.Equal("EUR", line.OriginalCurrency);
        Assert.Equal(0.50m, line.ChargesAmount);
        Assert.Equal("A1.200080779.400143254.4961336", line.EndToEndId);
        Assert.Equal("2016021783252833", line.BankReference);
        Assert.Equal("DE50712345600200691329", line.CounterpartyAccount);
        Assert.StartsWith("SONSTIGE GRUENDE ENDABRECHNUNG NR. 500106875", line.Description, StringComparison.Ordinal);

        // A return booked against zero balances: the sample's balances cannot add up.
        Assert.Single(result.BalanceWarnings());
    }

    [Fact]
    public void Sparkasse_funds_code_r_is_a_debit_and_utf8_text_is_kept()
    {
        var result = Read("mt940_jejik_sparkasse_de_utf8_crlf.txt");

        Assert.Equal(2, result.Statements.Count);
        AssertStatement(result.Statements[0], "87052000/123456789", "EUR", 194.57m, 174.57m, 1, -20.00m);
        AssertStatement(result.Statements[1], "87052000/123456789", "EUR", 174.57m, 154.57m, 1, -20.00m);
        var card = result.Statements[0].Lines[0];
        Assert.False(card.IsReversal);
        Assert.Equal("N037/106", card.BankTransactionCode);
        Assert.Equal("ARAL AG", card.CounterpartyName);
        Assert.Equal("DE95430800830802029200", card.CounterpartyAccount);

        // ?21 is a full 27-character subfield, so ?22 is glued on: the bank may have cut a word there.
        Assert.Equal("Apple Pay DATUM 19.02.2019, 13.24 UHR1.TAN 002153", result.Statements[1].Lines[0].Description);
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Volksbank_lines_without_entry_date_and_ibans_split_across_subfields()
    {
        var result = Read("mt940_jejik_volksbank_de_wrapped_subfields_crlf.txt");

        Assert.Equal(8, result.Statements.Count);
        Assert.Equal(12, result.LineCount);
        Assert.All(result.Statements, s => Assert.Equal("0", s.Header.StatementId));
        AssertStatement(result.Statements[0], "66642399/93387", "EUR", 3085.00m, 3230.00m, 2, 145.00m);
        AssertStatement(result.Statements[7], "66642399/93387", "EUR", 3775.00m, 3830.00m, 1, 55.00m);
        Assert.Equal(745.00m, result.Statements.Sum(s => s.Lines.Sum(l => l.Amount)));

        var line = result.Statements[0].Lines[1];
        Assert.Equal(new DateOnly(2020, 2, 19), line.BookingDate);
        Assert.Equal("Beitrag Musical fuer FRIDA inklusive 1 CD IBAN: DE10500105174381957749 BIC: KRHADE21", line.Description);
        Assert.Equal("friedbert und ronja engel", line.CounterpartyName);
        Assert.Equal("ZV0100284190949300000002", result.Statements[2].Lines[0].EndToEndId);
        Assert.Equal("NSTO/152", result.Statements[5].Lines[0].BankTransactionCode);
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Citibank_blank_entry_date_funds_code_d_and_zero_amount_lines()
    {
        var result = Read("mt940_wolph_citi_us_blank_entrydate.txt");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "123456789", "USD", 17376.67m, 16233.92m, 5, -1142.75m);
        Assert.Equal(-212.39m, statement.Lines[0].Amount);
        Assert.Equal(new DateOnly(2024, 3, 12), statement.Lines[0].BookingDate);
        Assert.Null(statement.Lines[0].BankReference);
        Assert.Equal(0m, statement.Lines[2].Amount);
        Assert.Equal("/ABC/DEF/C 37897,00 BAI CD 025", statement.Lines[2].Description);
        Assert.Equal("/ABC/DEF/MISCELLANEOUS /PT/FT/PY/SOMETHING FOO BAR 112233 123456789", statement.Lines[4].Description);
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Raiffeisen_cp852_decodes_with_an_explicit_encoding_and_survives_without_one()
    {
        var detected = Read("mt940_wolph_raiffeisen_hu_cp852.sta");
        var explicitCp852 = Read("mt940_wolph_raiffeisen_hu_cp852.sta", new ParseOptions { Encoding = "cp852" });

        foreach (var result in new[] { detected, explicitCp852 })
        {
            var statement = Assert.Single(result.Statements);
            AssertStatement(statement, "123456789150ABCDEF002", "HUF", 25170637.10m, 25281687.60m, 7, -1012213.50m);
            Assert.Equal("0072", statement.Header.StatementId);
            Assert.Equal(2066637.00m, statement.Lines[0].Amount);
            Assert.Equal("N527", statement.Lines[0].BankTransactionCode);

            // The anonymised sample's balances do not add up.
            Assert.Single(result.BalanceWarnings());
        }

        Assert.StartsWith("Csoportos átutalás jóváírása CAB18D1700041116", explicitCp852.Statements[0].Lines[0].Description, StringComparison.Ordinal);
        Assert.Contains("összevont", explicitCp852.Statements[0].Lines[0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("átutalás", detected.Statements[0].Lines[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Sberbank_non_standard_fields_are_ignored_with_one_info()
    {
        var result = Read("mt940_wolph_sberbank_hu_NS_tags.sta");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "1966315302010001", "HUF", 627311.30m, 617874.30m, 3, -9437.00m);
        Assert.Equal("00046", statement.Header.StatementId);

        // "1710111011DF2402,00S   X": D + funds code F, S-type code, reference X
        var line = statement.Lines[0];
        Assert.Equal(-2402.00m, line.Amount);
        Assert.False(line.IsReversal);
        Assert.Equal("S", line.BankTransactionCode);
        Assert.Equal("X", line.EndToEndId);
        Assert.Single(result.Diagnostics, d => d.Message.StartsWith("Non-standard :NS:", StringComparison.Ordinal));
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Mbank_mt942_interim_report_has_no_balances_and_matching_totals()
    {
        var result = Read("mt942_wolph_mbank_pl_soh_etx.sta");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "PL29114010810000267002001002", "PLN", null, null, 3, 0.03m);
        Assert.Equal(new DateOnly(2017, 1, 19), statement.Header.To);
        var line = statement.Lines[0];
        Assert.Equal(0.01m, line.Amount);
        Assert.Equal("MB170119012058", line.BankReference);
        Assert.StartsWith("911-TRANSAKCJA IPH 911 TRANSAKCJA COLLECT; ID IPH: XX000000000001", line.Description, StringComparison.Ordinal);

        // :90D:0PLN0,00 and :90C:3PLN0,03 agree with the lines: no warning at all
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Zenith_single_line_envelope_no_transaction_type_and_bank_name_after_closing()
    {
        var result = Read("mt940_fruitl00p_zenithbank_ng_blocks.txt");

        var statement = Assert.Single(result.Statements);
        AssertStatement(statement, "1014365930", "NGN", 6213.05m, 2469.14m, 8, -3743.91m);
        Assert.Equal("/1", statement.Header.StatementId);
        var first = statement.Lines[0];
        Assert.Equal(220000.00m, first.Amount);
        Assert.Null(first.BankTransactionCode);
        Assert.Equal("19239782213", first.BankReference);
        Assert.Equal("Acct Maint. Fee + VAT", statement.Lines[7].Description);

        // The :60F: is dated after the :62F: in the sample.
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("after the closing balance (2020-11-30)", StringComparison.Ordinal));
        Assert.Empty(result.BalanceWarnings());
    }

    [Fact]
    public void Asn_one_message_per_day_with_empty_days_and_padded_86()
    {
        var result = Read("mt940_fruitl00p_asn_nl_blocks_padded86.txt");

        Assert.Equal(7, result.Statements.Count);
        Assert.Equal(3, result.LineCount);
        AssertStatement(result.Statements[0], "NL53ASNB0781269733", "EUR", 13290.34m, 11290.34m, 1, -2000.00m);
        AssertStatement(result.Statements[3], "NL53ASNB0781269733", "EUR", 11290.34m, 11290.34m, 0, 0m);
        AssertStatement(result.Statements[6], "NL53ASNB0781269733", "EUR", 11290.34m, 11208.56m, 2, -81.78m);

        var salary = result.Statements[0].Lines[0];
        Assert.Equal("NL29INGB0006475121", salary.CounterpartyAccount);
        Assert.Equal("j blom", salary.CounterpartyName);
        Assert.Equal("NOVB", salary.BankTransactionCode);
        Assert.Equal("NL29INGB0006475121 j blom Salaris december 2019", salary.Description);

        var direct = result.Statements[6].Lines[0];
        Assert.Equal("MULTI TANK CARD BV", direct.CounterpartyName);
        Assert.Equal("NL44ABNA0548041814", direct.CounterpartyAccount);
        Assert.Equal("Relatienummer 1755481/Factuurnr.7903792-07-01-2020/B.t.w. bedrag 10.73/Inzake geleverde diensten", direct.Description);
        Assert.Empty(result.BalanceWarnings());
    }
}
