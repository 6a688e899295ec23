using System.Diagnostics;
using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Application.Journals;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Posting;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench post [--lines 10000] [--file PATH] [--keep]</c>: builds a fresh SQLite file database with the demo
/// company, N open sales invoices and a journal of N lines each applied in full to one of them, then times
/// <see cref="PostJournalHandler"/> end to end ("post payments and reconcile": one database transaction) and checks that
/// every invoice was closed. The setup is not timed. A 10-line journal is posted first and reported separately: it
/// pays the process's one-off start-up costs (JIT, EF model and query compilation), which a running web server has
/// already paid.
/// </summary>
public static class BenchPostCommand
{
    public const string Summary = "time posting an N-line payment reconciliation journal on a fresh SQLite file: [--lines 10000] [--file PATH] [--keep]";

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "keep", "verbose" });
        var lines = arguments.GetInt("lines", 10_000);
        var file = Path.GetFullPath(arguments.Get("file") ?? Path.Combine(Path.GetTempPath(), $"bankrecon-bench-post-{Environment.ProcessId}.db"));
        var keep = arguments.Has("keep");
        var verbose = arguments.Has("verbose");
        arguments.EnsureAllRead();
        if (lines < 1) throw new UsageException("--lines must be at least 1.");
        if (File.Exists(file)) throw new UsageException($"{file} exists; the benchmark builds a fresh database (remove it or give another --file).");

        var connection = $"Data Source={file}";
        try
        {
            await using var services = CliHost.Build(DatabaseProvider.Sqlite, connection, verbose, demoMode: true);
            var setup = Stopwatch.StartNew();
            var (warmUpId, journalId) = await BuildAsync(services, lines);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Setup: demo company, {lines} open invoices and a {lines}-line applied journal in {setup.Elapsed.TotalSeconds:0.0} s ({file})."));

            var (warmUp, warmUpTime, _) = await TimePostAsync(services, warmUpId, reconcile: false);
            if (!warmUp.Succeeded) throw new InvalidOperationException("The warm-up journal was refused: " + warmUp.Describe());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First posting in this process (10 lines, start-up costs included): {warmUpTime.TotalSeconds:0.00} s."));

            var (result, elapsed, cpu) = await TimePostAsync(services, journalId, reconcile: true);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync("Posting was refused: " + result.Describe());
                return ExitCodes.Rejected;
            }

            int stillOpen;
            await using (var scope = services.CreateAsyncScope())
            {
                stillOpen = await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().CustomerLedgerEntries
                    .CountAsync(e => e.Open && e.DocumentType == Domain.Ledger.DocumentType.Invoice && e.DocumentNo.StartsWith("BENCH"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Posted {result.Value.LineCount} lines (transaction {result.Value.TransactionNo}, {result.Value.ClosedEntries} invoices closed, {stillOpen} still open) " +
                $"in {elapsed.TotalSeconds:0.00} s = {result.Value.LineCount / elapsed.TotalSeconds:0} lines/s (CPU {cpu.TotalSeconds:0.00} s)."));
            return stillOpen == 0 ? ExitCodes.Ok : ExitCodes.Rejected;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep)
            {
                foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
                {
                    if (File.Exists(path)) File.Delete(path);
                }
            }
        }
    }

    private static async Task<(Result<PostJournalResult> Result, TimeSpan Elapsed, TimeSpan Cpu)> TimePostAsync(IServiceProvider services, Guid journalId, bool reconcile)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PostJournalHandler>()
            .HandleAsync(new PostJournalCommand(journalId, reconcile, "bench", ExpectedVersion: null), CancellationToken.None);
        timer.Stop();
        process.Refresh();
        return (result, timer.Elapsed, process.TotalProcessorTime - cpu);
    }

    /// <summary>Demo company, then N invoices (posted through the posting engine in one go) and the applied journal.</summary>
    private static async Task<(Guid WarmUp, Guid Journal)> BuildAsync(IServiceProvider services, int count)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 5);
            if (!seeded.Succeeded) throw new InvalidOperationException(seeded.Describe());
        }

        await using var work = services.CreateAsyncScope();
        var db = work.ServiceProvider.GetRequiredService<BankReconDbContext>();
        var writer = work.ServiceProvider.GetRequiredService<LedgerWriter>();
        var clock = work.ServiceProvider.GetRequiredService<TimeProvider>();
        var company = await db.CompanySettings.SingleAsync();
        var setup = await db.PostingSetups.SingleAsync();
        var today = company.Today(clock);
        var customers = await db.Customers.Where(c => c.Currency == null).OrderBy(c => c.No).ToListAsync();
        var bank = await db.BankAccounts.SingleAsync(b => b.No == "NOK-DNB");
        var random = new Random(42);
        var context = new DocumentPosting.Context(company.LocalCurrencyCode, 1m, setup, null, company.PaymentTolerancePercent,
            company.MaxPaymentToleranceAmount, null, bank.Id);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var invoices = new List<(Customer Customer, Guid EntryId, string DocumentNo, decimal Amount)>(count + WarmUpLines);
        for (var i = 0; i < count + WarmUpLines; i++)
        {
            var customer = customers[random.Next(customers.Count)];
            var amount = Math.Round((decimal)random.Next(10_000, 5_000_000) / 100m, 2);
            var documentNo = "BENCH" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            var posted = DocumentPosting.Post(new DocumentToPost(PostedDocumentKind.SalesInvoice, documentNo, today.AddDays(-30), today.AddDays(-30),
                CurrencyCode.Nok, [new DocumentLineToPost("Benchmark", setup.SalesAccountId, amount)]), customer, context);
            await writer.WriteAsync(posted.Value.Transaction, "bench", CancellationToken.None);
            invoices.Add((customer, posted.Value.Entry.Id, documentNo, amount));
        }

        var warmUp = AddJournal(db, "BENCH-0", bank, today, clock, invoices[..WarmUpLines]);
        var journal = AddJournal(db, "BENCH-1", bank, today, clock, invoices[WarmUpLines..]);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return (warmUp, journal);
    }

    private const int WarmUpLines = 10;

    private static Guid AddJournal(BankReconDbContext db, string no, Domain.BankAccounts.BankAccount bank, DateOnly today, TimeProvider clock,
        List<(Customer Customer, Guid EntryId, string DocumentNo, decimal Amount)> invoices)
    {
        var journal = new PaymentReconciliationJournal(no, bank.Id, bank.Currency, no, today, bank.BalanceLastStatement,
            bank.BalanceLastStatement + invoices.Sum(i => i.Amount), null, "bench", clock.GetUtcNow().UtcDateTime);
        db.PaymentReconciliationJournals.Add(journal);
        for (var i = 0; i < invoices.Count; i++)
        {
            var (customer, entryId, documentNo, amount) = invoices[i];
            var line = new StatementLine(journal.Id, bank.Id, i + 1,
                new StatementLineData(today.AddDays(-1), today.AddDays(-1), amount, bank.Currency, null, null, null, "Betaling " + documentNo, customer.Name,
                    null, null, null, null, "REF-" + documentNo, null, false, null),
                "ref:" + documentNo);
            var applied = line.ApplyManually(ApplicationAccountType.Customer, customer.No, [new AppliedPaymentEntry(entryId, amount, documentNo: documentNo)], "bench",
                clock.GetUtcNow().UtcDateTime);
            if (!applied.Succeeded) throw new InvalidOperationException(applied.Describe());
            db.StatementLines.Add(line);
        }

        return journal.Id;
    }
}
