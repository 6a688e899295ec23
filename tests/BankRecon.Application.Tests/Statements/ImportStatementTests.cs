using BankRecon.Application.Demo;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static BankRecon.Application.Tests.Statements.StatementFiles;

namespace BankRecon.Application.Tests.Statements;

public sealed class ImportStatementTests
{
    private const string Nok = "NOK-DNB";

    private static async Task<(ApplicationHost Host, string NokIban, string SekIban)> DemoAsync(string provider)
    {
        var host = await ApplicationHost.CreateAsync(provider);
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 3));
        Assert.True(seeded.Succeeded, seeded.Describe());
        var ibans = await host.QueryAsync(db => db.BankAccounts.ToDictionaryAsync(b => b.No, b => b.Iban!));
        return (host, ibans[Nok], ibans["SEK-SEB"]);
    }

    private static Task<Result<ImportStatementResult>> ImportAsync(ApplicationHost host, Stream content, string? bankAccount = Nok, string user = "accountant",
        string fileName = "statement.xml", string? csvProfileJson = null, bool acceptRowErrors = false) =>
        host.RunAsync<ImportStatementHandler, Result<ImportStatementResult>>(h => h.HandleAsync(
            new ImportStatementCommand([new StatementFileInput(fileName, content)], bankAccount, user, CsvProfileJson: csvProfileJson, AcceptRowErrors: acceptRowErrors),
            CancellationToken.None));

    private static Task<Result<StatementImportPreview>> PreviewAsync(ApplicationHost host, Stream content, string? bankAccount = Nok, string? csvProfileJson = null) =>
        host.RunAsync<PreviewStatementImportHandler, Result<StatementImportPreview>>(h => h.HandleAsync(
            new PreviewStatementImportQuery([new StatementFileInput("statement", content)], bankAccount, CsvProfileJson: csvProfileJson), CancellationToken.None));

    private static Task<(int Imports, int Journals, int Lines)> CountsAsync(ApplicationHost host) =>
        host.QueryAsync(async db => (await db.StatementImports.CountAsync(), await db.PaymentReconciliationJournals.CountAsync(), await db.StatementLines.CountAsync()));

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Camt_statement_becomes_one_journal_with_its_lines_numbered_from_the_series(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var lines = new[] { Line(1, 12_500m, "Faktura 100001"), Line(2, -176.90m, "Strøm"), Line(3, 4_000m, "KID") };

        var result = await ImportAsync(host, Camt(Statement(iban, "41", 10_000m, lines)));

        Assert.True(result.Succeeded, result.Describe());
        var journal = Assert.Single(result.Value.Journals);
        Assert.Equal("PR00001", journal.No);
        Assert.Equal("41", journal.StatementNo);
        Assert.Equal(3, journal.LineCount);
        Assert.Equal(10_000m, journal.BalanceLastStatement);
        Assert.Equal(26_323.10m, journal.StatementEndingBalance);
        Assert.Empty(result.Value.Warnings);
        await host.QueryAsync(async db =>
        {
            var stored = await db.StatementLines.Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo).ToListAsync();
            Assert.Equal([1, 2, 3], stored.Select(l => l.LineNo));
            Assert.Equal(-176.90m, stored[1].Amount);
            Assert.Equal("Strøm 2", stored[1].Description);
            Assert.Equal("REF-000002", stored[1].BankReference);
            Assert.Equal("ref:REF-000001|12500.00", stored[0].DedupKey);
            var import = await db.StatementImports.SingleAsync();
            Assert.Equal((1, 3, 3, 0), (import.StatementCount, import.LineCount, import.NewLineCount, import.DuplicateLineCount));
            Assert.Equal("camt", import.Format);
            Assert.Equal(1, (await db.NumberSeries.SingleAsync(s => s.Code == "PMT-REC")).LastNumber);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Every_field_of_a_line_is_stored_as_parsed_and_the_line_works_with_the_domain(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var line = new ParsedLine
        {
            BookingDate = Day, ValueDate = Day.AddDays(1), Amount = -1_234.5678m, Currency = "NOK", OriginalAmount = 110.25m, OriginalCurrency = "EUR",
            ExchangeRate = 11.19777m, Description = "Kjøp «Ærlig & Ørn» AS", CounterpartyName = "Ærlig & Ørn AS", CounterpartyAccount = "NO9386011117947",
            Reference = "RF18539007547034", ReferenceType = "SCOR", EndToEndId = "E2E-Å", BankReference = "BR-77", BankTransactionCode = "PMNT/ICDT/ESCT", IsReversal = true,
        };

        var result = await ImportAsync(host, Camt(Statement(iban, "3", 0m, line)));

        Assert.True(result.Succeeded, result.Describe());
        await host.QueryAsync(async db =>
        {
            var stored = await db.StatementLines.SingleAsync();
            var journal = await db.PaymentReconciliationJournals.SingleAsync();
            Assert.Equal((journal.Id, 1, 0), (stored.JournalId, stored.LineNo, stored.Version));
            Assert.Equal((await db.BankAccounts.SingleAsync(b => b.No == Nok)).Id, stored.BankAccountId);
            Assert.Equal((Day, (DateOnly?)Day.AddDays(1)), (stored.BookingDate, stored.ValueDate));
            Assert.Equal((-1_234.5678m, "NOK", (decimal?)110.25m, "EUR", (decimal?)11.19777m), (stored.Amount, stored.Currency, stored.OriginalAmount, stored.OriginalCurrency, stored.ExchangeRate));
            Assert.Equal(("Kjøp «Ærlig & Ørn» AS", "Ærlig & Ørn AS", "NO9386011117947"), (stored.Description, stored.CounterpartyName, stored.CounterpartyAccount));
            Assert.Equal(("RF18539007547034", "SCOR", "E2E-Å", "BR-77"), (stored.Reference, stored.ReferenceType, stored.EndToEndId, stored.BankReference));
            Assert.Equal(("PMNT/ICDT/ESCT", true), (stored.BankTransactionCode, stored.IsReversal));
            Assert.Equal((ApplicationAccountType.None, LineConfidence.None, 0m, (string?)null), (stored.AccountType, stored.Confidence, stored.AppliedAmount, stored.AppliedBy));
            Assert.NotNull(stored.SourceLocation);
            // The line is an ordinary tracked entity afterwards: a person can apply it.
            Assert.True(stored.ApplyManually(ApplicationAccountType.GlAccount, "7770", [], "accountant", DateTime.UtcNow).Succeeded);
            await db.SaveChangesAsync();
            Assert.Equal(LineConfidence.Manual, (await db.StatementLines.AsNoTracking().SingleAsync()).Confidence);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Same_file_twice_is_refused_with_the_date_and_user_of_the_first_import(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var file = Camt(Statement(iban, "41", 0m, Line(1, 100m))).ToArray();

        var first = await ImportAsync(host, new MemoryStream(file), user: "kari");
        var preview = await PreviewAsync(host, new MemoryStream(file));
        var second = await ImportAsync(host, new MemoryStream(file), user: "ola", fileName: "again.xml");

        Assert.True(first.Succeeded, first.Describe());
        Assert.Equal(ResultStatus.Conflict, second.Status);
        Assert.Equal("import.already-imported", second.Errors[0].Code);
        Assert.Contains("already imported on 2026-03-31 10:00 UTC by kari", second.Describe(), StringComparison.Ordinal);
        Assert.Equal("kari", preview.Value.Files[0].AlreadyImported!.ImportedBy);
        Assert.False(preview.Value.CanImport);
        Assert.Equal((1, 1, 1), await CountsAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Overlapping_statement_imports_only_the_new_lines_and_continues_the_balance(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var all = Enumerable.Range(1, 8).Select(n => Line(n, n * 100m)).ToArray();
        var first = await ImportAsync(host, Camt(Statement(iban, "41", 1_000m, all[..5])));
        // Lines 3-8: an export of an overlapping period, opening where line 2 left the balance.
        var overlapping = Statement(iban, "42", 1_000m + 100m + 200m, all[2..]);

        var preview = await PreviewAsync(host, Camt(overlapping));
        var second = await ImportAsync(host, Camt(overlapping));

        Assert.True(first.Succeeded, first.Describe());
        Assert.True(second.Succeeded, second.Describe());
        var statement = preview.Value.Files[0].Statements[0];
        Assert.Equal((6, 3, 3, 0), (statement.LineCount, statement.NewLines, statement.DuplicatesOpen, statement.DuplicatesPosted));
        Assert.Equal("PR00001", Assert.Single(statement.DuplicateJournals).No);
        var journal = Assert.Single(second.Value.Journals);
        Assert.Equal((3, 3), (journal.LineCount, journal.DuplicatesSkipped));
        Assert.Equal(2_500m, journal.BalanceLastStatement);
        Assert.Equal(4_600m, journal.StatementEndingBalance);
        Assert.DoesNotContain(second.Value.Warnings, w => w.Code.Contains("gap", StringComparison.Ordinal));
        Assert.Contains(second.Value.Warnings, w => w.Code == "import.duplicates-open" && w.Message.Contains("PR00001", StringComparison.Ordinal));
        await host.QueryAsync(async db =>
        {
            Assert.Equal(new[] { 600m, 700m, 800m }, await db.StatementLines.Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo).Select(l => l.Amount).ToListAsync());
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Identical_lines_in_one_file_are_kept_and_recognised_again_in_an_overlapping_file(string provider)
    {
        var (host, _, _) = await DemoAsync(provider);
        await using var _ = host;
        ParsedLine Coffee() => new() { BookingDate = Day, ValueDate = Day, Amount = -45m, Currency = "NOK", Description = "Kaffebaren Torget" };
        var first = new[] { Coffee(), Coffee(), new ParsedLine { BookingDate = Day, ValueDate = Day, Amount = 900m, Currency = "NOK", Description = "Innbetaling" } };
        var later = new[] { Coffee(), Coffee(), first[2], new ParsedLine { BookingDate = Day.AddDays(1), ValueDate = Day.AddDays(1), Amount = -45m, Currency = "NOK", Description = "Kaffebaren Torget" } };

        var imported = await ImportAsync(host, DnbCsv(first, 0m), fileName: "dnb.csv");
        var again = await ImportAsync(host, DnbCsv(later, 0m), fileName: "dnb-2.csv");

        Assert.True(imported.Succeeded, imported.Describe());
        Assert.Equal(3, Assert.Single(imported.Value.Journals).LineCount);
        Assert.True(again.Succeeded, again.Describe());
        var journal = Assert.Single(again.Value.Journals);
        Assert.Equal((1, 3), (journal.LineCount, journal.DuplicatesSkipped));
        await host.QueryAsync(async db =>
        {
            var keys = await db.StatementLines.Where(l => l.Amount == -45m).Select(l => l.DedupKey).ToListAsync();
            Assert.Equal(3, keys.Distinct().Count());
            Assert.Contains(keys, k => k.StartsWith("fp:", StringComparison.Ordinal) && k.EndsWith("#2", StringComparison.Ordinal));
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Lines_already_posted_are_reported_as_posted_and_skipped(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var all = Enumerable.Range(1, 4).Select(n => Line(n, n * 10m)).ToArray();
        var first = await ImportAsync(host, Camt(Statement(iban, "7", 0m, all[..2])));
        await host.QueryAsync(async db =>
        {
            var journal = await db.PaymentReconciliationJournals.SingleAsync();
            journal.MarkPosted("accountant", new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc), 4711, reconciled: true);
            return await db.SaveChangesAsync();
        });

        var overlapping = Camt(Statement(iban, "8", 0m, all)).ToArray();
        var preview = await PreviewAsync(host, new MemoryStream(overlapping));
        var second = await ImportAsync(host, new MemoryStream(overlapping));

        Assert.True(first.Succeeded, first.Describe());
        Assert.Equal(2, preview.Value.Files[0].Statements[0].DuplicatesPosted);
        Assert.Equal(JournalStatus.Posted, preview.Value.Files[0].Statements[0].DuplicateJournals[0].Status);
        Assert.True(second.Succeeded, second.Describe());
        Assert.Equal(2, Assert.Single(second.Value.Journals).LineCount);
        Assert.Contains(second.Value.Warnings, w => w.Code == "import.duplicates-posted" && w.Message.Contains("already posted in journal PR00001", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Statement_for_an_unknown_account_or_another_account_is_refused_and_leaves_nothing(string provider)
    {
        var (host, nokIban, sekIban) = await DemoAsync(provider);
        await using var _ = host;
        var unknown = BankAccountNumber.CreateIban("NO", "15031234567");

        var forUnknown = await ImportAsync(host, Camt(Statement(unknown, "1", 0m, Line(1, 5m))));
        var forSek = await ImportAsync(host, Camt(new ParsedStatement(Header(sekIban, "1", 0m, [Line(1, 5m) with { Currency = "SEK" }], "SEK"), [Line(1, 5m) with { Currency = "SEK" }])));
        // The first statement is fine, the second is not: the first must not stay either.
        var mixed = await ImportAsync(host, Camt(Statement(nokIban, "1", 0m, Line(1, 5m)), Statement(unknown, "2", 0m, Line(2, 6m)) with { Header = Header(unknown, "2", 0m, [Line(2, 6m)]) with { StatementIndex = 1 } }));

        Assert.Equal("import.account-unknown", forUnknown.Errors[0].Code);
        Assert.Contains("not one of the company's bank accounts", forUnknown.Describe(), StringComparison.Ordinal);
        Assert.Equal("import.account-other", forSek.Errors[0].Code);
        Assert.Contains("SEK-SEB", forSek.Describe(), StringComparison.Ordinal);
        Assert.Equal("import.account-unknown", mixed.Errors[0].Code);
        Assert.Equal((0, 0, 0), await CountsAsync(host));
        Assert.Equal(0, await host.QueryAsync(db => db.NumberSeries.Where(s => s.Code == "PMT-REC").Select(s => s.LastNumber).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Rejected_files_leave_no_rows_and_say_why(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>&lol2;</Id></Stmt></BkToCstmrStmt></Document>
            """;
        var truncated = Camt(Statement(iban, "1", 0m, Line(1, 5m), Line(2, 6m))).ToArray()[..^200];

        var empty = await ImportAsync(host, new MemoryStream());
        var text = await ImportAsync(host, Text("Dear customer,\nthank you for your letter.\n"));
        var xmlBomb = await ImportAsync(host, Text(bomb));
        var cut = await ImportAsync(host, new MemoryStream(truncated));

        Assert.Equal("import.empty", empty.Errors[0].Code);
        Assert.Equal("import.unreadable", text.Errors[0].Code);
        Assert.Contains("not a bank statement", text.Describe(), StringComparison.Ordinal);
        Assert.Equal("import.unreadable", xmlBomb.Errors[0].Code);
        Assert.Contains("DTD", xmlBomb.Describe(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("import.unreadable", cut.Errors[0].Code);
        Assert.Equal((0, 0, 0), await CountsAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Gap_in_balance_or_statement_number_is_warned_about(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        await ImportAsync(host, Camt(Statement(iban, "41", 1_000m, Line(1, 500m))));

        // Statement 42 is missing: 43 opens at 1 800, not at 1 500.
        var result = await ImportAsync(host, Camt(Statement(iban, "43", 1_800m, Line(5, 100m))));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(result.Value.Warnings, w => w.Code == "import.number-gap" && w.Message.Contains("number 43", StringComparison.Ordinal) && w.Message.Contains("was 41", StringComparison.Ordinal));
        var gap = Assert.Single(result.Value.Warnings, w => w.Code == "import.balance-gap");
        Assert.Contains("opens at 1800.00", gap.Message, StringComparison.Ordinal);
        Assert.Contains("closed at 1500.00", gap.Message, StringComparison.Ordinal);
        var journal = Assert.Single(result.Value.Journals);
        Assert.Equal((1_500m, 1_900m), (journal.BalanceLastStatement, journal.StatementEndingBalance));
        var stored = await host.QueryAsync(db => db.StatementImports.OrderBy(i => i.ImportedAtUtc).Select(i => i.Warnings).ToListAsync());
        Assert.Contains("a statement may be missing", stored[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Confirmed_csv_profile_is_saved_on_the_bank_account_and_used_next_time(string provider)
    {
        var (host, _, _) = await DemoAsync(provider);
        await using var _ = host;
        var lines = new[] { new ParsedLine { BookingDate = Day, ValueDate = Day, Amount = 1_234.50m, Currency = "NOK", Description = "Innbetaling faktura 100001" } };
        var file = DnbCsv(lines, 0m).ToArray();
        var first = await PreviewAsync(host, new MemoryStream(file));
        var proposal = first.Value.Files[0].Csv!;
        var confirmed = CsvProfileSerializer.Serialize(proposal.Profile! with { Name = "dnb-no-confirmed", DisplayName = "DNB as confirmed" });

        var imported = await ImportAsync(host, new MemoryStream(file), fileName: "dnb.csv", csvProfileJson: confirmed);
        var next = await PreviewAsync(host, DnbCsv([lines[0] with { BookingDate = Day.AddDays(1), ValueDate = Day.AddDays(1) }], 1_234.50m));

        Assert.Equal(CsvProfileSource.Proposed, proposal.Source);
        Assert.Equal("dnb-no", proposal.BuiltInName);
        Assert.True(imported.Succeeded, imported.Describe());
        Assert.Equal(confirmed, await host.QueryAsync(db => db.BankAccounts.Where(b => b.No == Nok).Select(b => b.CsvProfileJson).SingleAsync()));
        Assert.Equal(CsvProfileSource.Saved, next.Value.Files[0].Csv!.Source);
        Assert.Equal("dnb-no-confirmed", next.Value.Files[0].Csv!.Profile!.Name);
        Assert.Equal(1, next.Value.Files[0].Statements[0].NewLines);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Split_camt_batch_lines_sharing_the_entry_reference_are_all_imported(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var camt = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>B1</MsgId><CreDtTm>2026-03-02T08:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>S1</Id><ElctrncSeqNb>5</ElctrncSeqNb><CreDtTm>2026-03-02T08:00:00</CreDtTm><Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>NOK</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="NOK">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="NOK">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>
            <Ntry><Amt Ccy="NOK">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt>
            <AcctSvcrRef>BATCH-1</AcctSvcrRef><BkTxCd/><NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch>
            <TxDtls><Refs><EndToEndId>A</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="NOK">100.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>one</Ustrd></RmtInf></TxDtls>
            <TxDtls><Refs><EndToEndId>B</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="NOK">100.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>two</Ustrd></RmtInf></TxDtls>
            <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="NOK">100.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>three</Ustrd></RmtInf></TxDtls>
            </NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>
            """;

        var result = await ImportAsync(host, Text(camt));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(3, Assert.Single(result.Value.Journals).LineCount);
        Assert.Equal("5", result.Value.Journals.Single().StatementNo);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Preview_reports_the_statement_and_writes_nothing(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        var lines = new[] { Line(1, 1_000m), Line(2, -250m), Line(3, 500m) };

        var preview = await PreviewAsync(host, Camt(Statement(iban, "12", 100m, lines)), bankAccount: null);

        Assert.True(preview.Succeeded, preview.Describe());
        var file = preview.Value.Files[0];
        Assert.True(preview.Value.CanImport);
        Assert.Equal(StatementFormat.Camt, file.Format);
        var statement = Assert.Single(file.Statements);
        Assert.Equal((Nok, "12", 3, 3), (statement.BankAccountNo, statement.StatementNo, statement.LineCount, statement.NewLines));
        Assert.Equal((1_500m, -250m, 2, 1), (statement.Credits, statement.Debits, statement.CreditCount, statement.DebitCount));
        Assert.Equal((100m, 1_350m, BalanceCheck.Balanced), (statement.OpeningBalance, statement.ClosingBalance, statement.BalanceCheck));
        Assert.Equal(3, statement.FirstLines.Count);
        Assert.Equal((0, 0, 0), await CountsAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Failure_midway_leaves_nothing_behind(string provider)
    {
        var (host, iban, _) = await DemoAsync(provider);
        await using var _ = host;
        // Line 23 of 25 cannot be written, as when someone else wrote the same line an instant after our duplicate check
        // (PostgreSQL: a unique violation, retried and then refused) or the database fails (SQLite: the error propagates).
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(provider == "sqlite"
            ? """CREATE TRIGGER fail_midway BEFORE INSERT ON "StatementLines" WHEN NEW."Description" = 'Payment 23' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;"""
            : """
              CREATE FUNCTION fail_midway() RETURNS trigger AS $$ BEGIN
                IF NEW."Description" = 'Payment 23' THEN RAISE EXCEPTION 'simulated concurrent duplicate' USING ERRCODE = 'unique_violation'; END IF;
                RETURN NEW; END; $$ LANGUAGE plpgsql;
              CREATE TRIGGER fail_midway BEFORE INSERT ON "StatementLines" FOR EACH ROW EXECUTE FUNCTION fail_midway();
              """));
        var lines = Enumerable.Range(1, 25).Select(n => Line(n, n)).ToArray();
        await using var db = host.Database.NewContext();
        var handler = new ImportStatementHandler(db, host.Clock, Options.Create(new StatementImportOptions { BatchSize = 10 }),
            new ImportStatementValidator(), NullLogger<ImportStatementHandler>.Instance);
        var command = new ImportStatementCommand([new StatementFileInput("big.xml", Camt(Statement(iban, "1", 0m, lines)))], Nok, "accountant");

        if (provider == "sqlite")
        {
            var failure = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => handler.HandleAsync(command, CancellationToken.None));
            Assert.Contains("simulated failure", failure.Message, StringComparison.Ordinal);
        }
        else
        {
            var result = await handler.HandleAsync(command, CancellationToken.None);
            Assert.Equal("import.concurrent", result.Errors[0].Code);
        }

        Assert.Equal((0, 0, 0), await CountsAsync(host));
        Assert.Equal(0, await host.QueryAsync(db => db.NumberSeries.Where(s => s.Code == "PMT-REC").Select(s => s.LastNumber).SingleAsync()));
    }

    [Fact]
    public async Task Too_large_file_is_refused_before_it_is_read()
    {
        await using var host = await ApplicationHost.CreateAsync("sqlite");
        await using var db = host.Database.NewContext();
        var handler = new ImportStatementHandler(db, host.Clock, Options.Create(new StatementImportOptions { MaxStatementFileBytes = 1024 }),
            new ImportStatementValidator(), NullLogger<ImportStatementHandler>.Instance);

        var result = await handler.HandleAsync(new ImportStatementCommand([new StatementFileInput("huge.xml", new MemoryStream(new byte[4096]))], null, "a"), CancellationToken.None);

        Assert.Equal("import.too-large", result.Errors[0].Code);
        Assert.Contains("at most 0 MB", result.Describe(), StringComparison.Ordinal);
    }
}
