using System.Diagnostics;
using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Writers;
using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench import [--lines N] [--keep]</c>: end-to-end import of a generated N-line camt.053 file and an N-line
/// bank CSV (DNB layout, no bank references: every line deduplicated by fingerprint) into a fresh SQLite file each, through
/// the same use case as the web page. Prints elapsed time, lines/s and the process's peak working set. Not a test: the
/// figures go into docs/benchmarks.md. A 2 000-line import of each format into a throwaway database comes first, so the
/// figures are those of a running server that has paid JIT and EF's model and query compilation (--cold leaves it out).
/// </summary>
public static class BenchCommand
{
    public const string Summary = "Measure statement import end to end into a fresh SQLite file: import [--lines N] [--cold] [--keep]";

    public static async Task<int> ImportAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "keep", "cold" });
        var lines = arguments.GetInt("lines", 100_000);
        var keep = arguments.Has("keep");
        var cold = arguments.Has("cold");
        arguments.EnsureAllRead();
        if (lines < 1) throw new UsageException("--lines must be at least 1.");

        var folder = Directory.CreateTempSubdirectory("bankrecon-bench-").FullName;
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Statement import benchmark: {lines:N0} lines per file, fresh SQLite file per run ({folder})"));
            if (!cold) await WarmUpAsync(folder);
            Console.WriteLine($"{"format",-8} {"lines",10} {"file MB",9} {"elapsed s",10} {"lines/s",10} {"CPU s",8} {"journal",8}");
            foreach (var format in new[] { StatementFormat.Camt, StatementFormat.Csv })
            {
                var file = Path.Combine(folder, format == StatementFormat.Camt ? "bench.camt053.xml" : "bench.csv");
                var database = Path.Combine(folder, $"bench-{format.ToString().ToLowerInvariant()}.db");
                var (account, iban) = await PrepareDatabaseAsync(database);
                Generate(file, format, iban, lines);
                var (elapsed, cpu, result) = await MeasureAsync(database, file, account);
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"The {format} import failed: {result.Describe()}");
                    return ExitCodes.Rejected;
                }

                var journal = result.Value.Journals.Single();
                if (journal.LineCount != lines) throw new InvalidOperationException($"Expected {lines} lines, imported {journal.LineCount}.");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{format.ToString().ToLowerInvariant(),-8} {lines,10:N0} {new FileInfo(file).Length / 1048576.0,9:0.0} {elapsed.TotalSeconds,10:0.00} {lines / elapsed.TotalSeconds,10:N0} {cpu.TotalSeconds,8:0.00} {journal.No,8}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set of the process: {PeakWorkingSetMegabytes():0} MB"));
            return ExitCodes.Ok;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Imports a small file of each format into its own database; nothing of it is reported but its time.</summary>
    private static async Task WarmUpAsync(string folder)
    {
        var watch = Stopwatch.StartNew();
        foreach (var format in new[] { StatementFormat.Camt, StatementFormat.Csv })
        {
            var file = Path.Combine(folder, $"warm-up-{format.ToString().ToLowerInvariant()}");
            var (account, iban) = await PrepareDatabaseAsync(file + ".db");
            Generate(file, format, iban, 2_000);
            var (_, _, result) = await MeasureAsync(file + ".db", file, account);
            if (!result.Succeeded) throw new InvalidOperationException($"The {format} warm-up import failed: {result.Describe()}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: a 2,000-line camt and CSV import in {watch.Elapsed.TotalSeconds:0.0} s (not part of the figures below)"));
    }

    private static async Task<(string Account, string Iban)> PrepareDatabaseAsync(string path)
    {
        await using var services = CliHost.Build(DatabaseProvider.Sqlite, $"Data Source={path}");
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoCompanyHandler>().HandleAsync(invoiceCount: 10);
            if (!seeded.Succeeded) throw new InvalidOperationException(seeded.Describe());
            var account = await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().BankAccounts.SingleAsync(b => b.No == "NOK-DNB");
            return (account.No, account.Iban!);
        }
    }

    /// <summary>Wall-clock time and the CPU time the process used (all threads: the parser runs beside the writer).</summary>
    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu, Result<ImportStatementResult> Result)> MeasureAsync(string database, string file, string account)
    {
        await using var services = CliHost.Build(DatabaseProvider.Sqlite, $"Data Source={database}");
        await using var scope = services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ImportStatementHandler>();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var content = File.OpenRead(file);
        var result = await handler.HandleAsync(new ImportStatementCommand([new StatementFileInput(Path.GetFileName(file), content)], account, "bench"), CancellationToken.None);
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed, process.TotalProcessorTime - cpuBefore, result);
    }

    private static void Generate(string path, StatementFormat format, string iban, int count)
    {
        var from = new DateOnly(2026, 1, 1);
        var header = new StatementHeader
        {
            Account = iban, Currency = "NOK", StatementId = "BENCH-1", ElectronicSequenceNumber = "1", From = from, To = from.AddDays(89),
            OpeningBalance = 100_000m, ClosingBalance = 100_000m + Lines(from, count).Sum(l => l.Amount),
        };
        using var output = File.Create(path);
        if (format == StatementFormat.Camt) Camt053Writer.Write(output, header, Lines(from, count), new Camt053WriterOptions { Indent = false });
        else CsvStatementWriter.Write(output, Lines(from, count).Select(l => l with { BankReference = null, EndToEndId = null, CounterpartyName = null, Reference = null }), CsvProfiles.DnbNo,
            new CsvWriteOptions { OpeningBalance = header.OpeningBalance });
    }

    /// <summary>Deterministic lines: varied amounts and texts, dates spread over 90 days, the bank's own reference.</summary>
    private static IEnumerable<ParsedLine> Lines(DateOnly from, int count)
    {
        var random = new Random(20261122);
        string[] texts = ["Faktura {0}", "Betaling {0} takk", "Varekjøp {0}", "Overføring {0}", "KID {0}"];
        for (var i = 0; i < count; i++)
        {
            var date = from.AddDays(i * 90 / count);
            var amount = random.Next(3) == 0 ? -random.Next(100, 500_000) / 100m : random.Next(100, 5_000_000) / 100m;
            yield return new ParsedLine
            {
                BookingDate = date, ValueDate = date, Amount = amount, Currency = "NOK",
                Description = string.Format(CultureInfo.InvariantCulture, texts[i % texts.Length], 100_000 + i),
                CounterpartyName = "Kunde " + (i % 997).ToString(CultureInfo.InvariantCulture),
                BankReference = "BENCH" + i.ToString("D9", CultureInfo.InvariantCulture),
                EndToEndId = "E2E" + i.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    private static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1048576.0;
    }
}
