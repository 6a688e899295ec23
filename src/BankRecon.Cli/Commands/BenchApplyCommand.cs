using System.Diagnostics;
using System.Globalization;
using BankRecon.Application.Bench;
using BankRecon.Application.Journals;
using BankRecon.Application.Users;
using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>
/// `bankrecon bench apply [--lines 10000 --entries 100000 --seed 1] [--keep FILE] [--demo-users]`: builds a SQLite
/// database with a journal of N lines and M open entries (ApplyBenchData), then times "Apply automatically" end to end
/// (load from the database, match, store every proposal) on a fresh scope, twice: the first run and a re-run.
/// With --keep the database stays (with --demo-users, sign in as the demo users to look at the journal). With --data FILE
/// the written data is kept in FILE before anything is applied, and a later run with the same --data starts from a copy of
/// it instead of writing the data again (about a minute at 10 000 lines / 100 000 entries).
/// Before the timed runs a small journal in a separate database is applied once, so the figures are those of a running
/// server (JIT, EF model and query compilation already paid), as `bench post` does; --cold leaves that out.
/// </summary>
public static class BenchApplyCommand
{
    public const string Summary = "time Apply automatically on SQLite: [--lines 10000 --entries 100000 --seed 1 --keep FILE --demo-users --data FILE --cold]";

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "demo-users", "verbose", "cold" };

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new CommandArguments(args, Flags);
        var lines = arguments.GetInt("lines", 10_000);
        var entries = arguments.GetInt("entries", 100_000);
        var seed = arguments.GetInt("seed", 1);
        var keep = arguments.Get("keep");
        var demoUsers = arguments.Has("demo-users");
        var dataFile = arguments.Get("data") is { } given ? Path.GetFullPath(given) : null;
        var verbose = arguments.Has("verbose");
        var warmUp = !arguments.Has("cold");
        arguments.EnsureAllRead();
        if (lines < 1 || entries < 1) throw new UsageException("--lines and --entries must be at least 1.");

        var file = keep ?? Path.Combine(Path.GetTempPath(), $"bankrecon-bench-apply-{Guid.NewGuid():N}.db");
        if (File.Exists(file)) throw new UsageException($"{file} exists already; give a new file to --keep.");
        var connection = $"Data Source={file}";
        output.WriteLine(Machine());
        try
        {
            var reused = dataFile is not null && File.Exists(dataFile);
            if (reused) File.Copy(dataFile!, file);
            await using var services = CliHost.Build(DatabaseProvider.Sqlite, connection, verbose, demoMode: demoUsers);
            var watch = Stopwatch.StartNew();
            ApplyBenchDataSummary data;
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BankReconDbContext>();
                await db.Database.MigrateAsync();
                data = reused
                    ? await ReadDataAsync(db)
                    : await scope.ServiceProvider.GetRequiredService<ApplyBenchData>().WriteAsync(lines, entries, seed, CancellationToken.None);
                if (demoUsers) await scope.ServiceProvider.GetRequiredService<SeedDemoUsersHandler>().HandleAsync(CancellationToken.None);
            }

            if (dataFile is not null && !reused)
            {
                // Closing the pooled connections checkpoints SQLite's write-ahead log into the file, so the copy is complete.
                SqliteConnection.ClearAllPools();
                File.Copy(file, dataFile);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"data: journal {data.JournalNo}, {data.Lines:N0} lines, {data.OpenEntries:N0} open entries, {data.Parties:N0} parties, " +
                $"{(reused ? "copied from " + dataFile : "written")} in {watch.Elapsed.TotalSeconds:N1} s ({file})"));

            if (warmUp) await WarmUpAsync(output, verbose);

            foreach (var run in new[] { "first run", "re-run" })
            {
                await using var scope = services.CreateAsyncScope();
                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                watch.Restart();
                var result = await scope.ServiceProvider.GetRequiredService<ApplyAutomaticallyHandler>()
                    .HandleAsync(new ApplyAutomaticallyCommand(data.JournalId, "bench"), CancellationToken.None);
                var elapsed = watch.ElapsedMilliseconds;
                process.Refresh();
                var cpuMs = (long)(process.TotalProcessorTime - cpu).TotalMilliseconds;
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync(result.Describe());
                    return ExitCodes.Rejected;
                }

                var s = result.Value;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"apply ({run}): {elapsed:N0} ms end to end, CPU {cpuMs:N0} ms (load {s.Timings.LoadMs:N0}, match {s.Timings.MatchMs:N0}, store {s.Timings.SaveMs:N0}); {s.Message}"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                DeleteDatabase(file);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Applies a 100-line journal against 1 000 entries in a throwaway database: the process's one-off costs (JIT, EF
    /// model building, query compilation) are paid here, as a web server has paid them before its first real request.
    /// </summary>
    private static async Task WarmUpAsync(TextWriter output, bool verbose)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bankrecon-bench-apply-warmup-{Guid.NewGuid():N}.db");
        var watch = Stopwatch.StartNew();
        try
        {
            await using var services = CliHost.Build(DatabaseProvider.Sqlite, $"Data Source={file}", verbose, demoMode: false);
            ApplyBenchDataSummary data;
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<BankReconDbContext>().Database.MigrateAsync();
                data = await scope.ServiceProvider.GetRequiredService<ApplyBenchData>().WriteAsync(100, 1_000, 99, CancellationToken.None);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var result = await scope.ServiceProvider.GetRequiredService<ApplyAutomaticallyHandler>()
                    .HandleAsync(new ApplyAutomaticallyCommand(data.JournalId, "bench"), CancellationToken.None);
                if (!result.Succeeded) throw new InvalidOperationException("Warm-up apply failed: " + result.Describe());
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warm-up: 100-line journal against 1,000 entries written and applied in {watch.ElapsedMilliseconds:N0} ms (not part of the figures below)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            DeleteDatabase(file);
        }
    }

    /// <summary>A SQLite file with its write-ahead log and shared-memory files.</summary>
    private static void DeleteDatabase(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
    }

    /// <summary>The journal of a copied bench database, and what it holds.</summary>
    private static async Task<ApplyBenchDataSummary> ReadDataAsync(BankReconDbContext db)
    {
        var journal = await db.PaymentReconciliationJournals.AsNoTracking().OrderBy(j => j.No).FirstAsync();
        var lines = await db.StatementLines.CountAsync(l => l.JournalId == journal.Id);
        var entries = await db.CustomerLedgerEntries.CountAsync(e => e.Open) + await db.VendorLedgerEntries.CountAsync(e => e.Open);
        var parties = await db.Customers.CountAsync() + await db.Vendors.CountAsync();
        return new ApplyBenchDataSummary(journal.Id, journal.No, lines, entries, parties);
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"machine: {cpu ?? "unknown CPU"}, {Environment.ProcessorCount} cores, load {load}, .NET {Environment.Version}";
    }
}
