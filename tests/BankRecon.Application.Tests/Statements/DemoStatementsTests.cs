using BankRecon.Application.Demo;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Statements;

public sealed class DemoStatementsTests
{
    [Fact]
    public async Task Every_sample_parses_names_its_account_and_pays_real_open_invoices()
    {
        await using var host = await ApplicationHost.CreateAsync("sqlite");
        var seeded = await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 60));
        Assert.True(seeded.Succeeded, seeded.Describe());
        var samples = await host.RunAsync<DemoStatementsHandler, IReadOnlyList<DemoStatementSample>>(h => h.ListAsync(CancellationToken.None));
        Assert.Equal(15, samples.Count);
        var invoices = await host.QueryAsync(db => db.CustomerLedgerEntries.Where(e => e.Open && e.DocumentType == DocumentType.Invoice).ToDictionaryAsync(e => e.DocumentNo));
        var accounts = await host.QueryAsync(db => db.BankAccounts.ToDictionaryAsync(b => b.No));

        foreach (var sample in samples)
        {
            var where = $"{sample.BankAccountNo} {sample.Format}";
            var set = await host.RunAsync<DemoStatementsHandler, Result<DemoStatementSet>>(h => h.BuildAsync(sample.BankAccountNo, CancellationToken.None));
            var file = await host.RunAsync<DemoStatementsHandler, Result<DemoStatementFile>>(h => h.CreateAsync(sample.BankAccountNo, sample.Format, CancellationToken.None));
            var again = await host.RunAsync<DemoStatementsHandler, Result<DemoStatementFile>>(h => h.CreateAsync(sample.BankAccountNo, sample.Format, CancellationToken.None));
            Assert.True(file.Succeeded, file.Describe());
            Assert.Equal(file.Value.Content, again.Value.Content);

            var account = accounts[sample.BankAccountNo];
            var parsed = StatementReader.Read(new MemoryStream(file.Value.Content), new ParseOptions
            {
                CsvProfile = sample.Format == StatementFormat.Csv ? DemoStatementsHandler.CsvProfileFor(account.Currency) : null,
                DefaultAccount = account.Iban,
                DefaultCurrency = account.Currency,
            });
            Assert.Equal(sample.Format, parsed.Format);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            Assert.All(parsed.Statements, s => Assert.True(account.IsNamedBy(s.Header.Account), $"{where}: names {s.Header.Account}"));
            var lines = parsed.Statements.SelectMany(s => s.Lines).ToList();
            Assert.Equal(set.Value.Statement.Lines.Count, lines.Count);
            Assert.True(set.Value.Payments.Count >= 6, $"{where}: only {set.Value.Payments.Count} invoice payments");
            Assert.Equal(6, set.Value.Payments.Select(p => p.Style).Distinct().Count());
            foreach (var payment in set.Value.Payments)
            {
                var line = lines[payment.LineIndex];
                var text = $"{line.Description} {line.Reference}";
                foreach (var no in payment.InvoiceNos)
                {
                    var invoice = invoices[no];
                    Assert.Equal(account.Currency, invoice.Currency);
                    Assert.True(text.Contains(no, StringComparison.Ordinal) || text.Contains(invoice.PaymentReference!, StringComparison.Ordinal),
                        $"{where}: line {payment.LineIndex} ({payment.Style}) '{text}' names neither invoice {no} nor its reference {invoice.PaymentReference}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Sample_imports_without_a_gap_and_the_next_sample_continues_from_it(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 30));

        var first = await host.RunAsync<DemoStatementsHandler, Result<DemoStatementFile>>(h => h.CreateAsync("NOK-DNB", StatementFormat.Camt, CancellationToken.None));
        var imported = await host.RunAsync<ImportStatementHandler, Result<ImportStatementResult>>(h => h.HandleAsync(
            new ImportStatementCommand([new StatementFileInput(first.Value.FileName, new MemoryStream(first.Value.Content))], "NOK-DNB", "demo"), CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromDays(3));
        var next = await host.RunAsync<DemoStatementsHandler, Result<DemoStatementFile>>(h => h.CreateAsync("NOK-DNB", StatementFormat.Mt940, CancellationToken.None));
        var second = await host.RunAsync<ImportStatementHandler, Result<ImportStatementResult>>(h => h.HandleAsync(
            new ImportStatementCommand([new StatementFileInput(next.Value.FileName, new MemoryStream(next.Value.Content))], "NOK-DNB", "demo"), CancellationToken.None));

        Assert.True(imported.Succeeded, imported.Describe());
        Assert.Empty(imported.Value.Warnings);
        Assert.Equal("demo-nok-dnb-1.camt053.xml", first.Value.FileName);
        Assert.Equal("demo-nok-dnb-2.mt940.sta", next.Value.FileName);
        Assert.True(second.Succeeded, second.Describe());
        Assert.Empty(second.Value.Warnings);
        Assert.Equal("2", second.Value.Journals.Single().StatementNo);
        Assert.Equal(imported.Value.Journals.Single().StatementEndingBalance, second.Value.Journals.Single().BalanceLastStatement);
    }

    [Theory]
    [InlineData("SEK-SEB", StatementFormat.Mt940, StatementFormat.Csv)]
    [InlineData("EUR-NORDEA", StatementFormat.Camt, StatementFormat.Ofx)]
    [InlineData("NOK-DNB", StatementFormat.Bai2, StatementFormat.Camt)]
    public async Task The_same_statement_in_another_format_is_recognised_line_by_line(string account, StatementFormat first, StatementFormat second)
    {
        await using var host = await ApplicationHost.CreateAsync("sqlite");
        await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 40));
        // Both downloaded before either is imported: the same statement, twice.
        var files = new List<DemoStatementFile>();
        foreach (var format in new[] { first, second })
            files.Add((await host.RunAsync<DemoStatementsHandler, Result<DemoStatementFile>>(h => h.CreateAsync(account, format, CancellationToken.None))).Value);
        Task<Result<ImportStatementResult>> ImportAsync(DemoStatementFile file) =>
            host.RunAsync<ImportStatementHandler, Result<ImportStatementResult>>(h => h.HandleAsync(
                new ImportStatementCommand([new StatementFileInput(file.FileName, new MemoryStream(file.Content))], account, "demo"), CancellationToken.None));

        var imported = await ImportAsync(files[0]);
        var again = await ImportAsync(files[1]);

        Assert.True(imported.Succeeded, imported.Describe());
        Assert.True(again.Succeeded, again.Describe());
        // The bank's transaction reference travels in every format (AcctSvcrRef, :61: reference, FITID, BAI2 bank
        // reference, SEB's Verifikationsnummer), so nothing is imported twice.
        Assert.Empty(again.Value.Journals);
        Assert.Equal(imported.Value.Journals.Sum(j => j.LineCount), again.Value.Files.Single().DuplicateCount);
        Assert.Contains(again.Value.Warnings, w => w.Code == "import.all-duplicates");
    }
}
