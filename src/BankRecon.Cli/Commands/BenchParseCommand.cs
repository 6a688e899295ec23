using System.Diagnostics;
using System.Globalization;
using System.Text;
using BankRecon.Application.Bench;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Writers;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench parse [--lines N] [--repeat R] [--keep DIR]</c>: writes the same generated statement as camt.053,
/// MT940 and bank CSV (Nordea NO layout), parses each in a fresh child process (`bench parse-one`) and prints
/// throughput and peak memory per format, then times hledger on the same CSV when it is installed.
/// </summary>
public static class BenchParseCommand
{
    public const string Summary = "Benchmark statement parsing per format, and hledger on the same CSV: [--lines N --repeat R --keep DIR]";

    private static readonly CsvProfile Profile = CsvProfiles.NordeaNo;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal));
        var lines = arguments.GetInt("lines", 100_000);
        // Ten parses by default: a 100 000-line CSV parses in under 0.1 s, so the first few parses still run code that
        // the runtime has not finished optimising (tiered compilation), and "best of 3" understated the steady state.
        var repeat = Math.Max(1, arguments.GetInt("repeat", 10));
        var keep = arguments.Get("keep");
        arguments.EnsureAllRead();
        if (lines == 0) throw new UsageException("Option --lines must be at least 1.");

        var directory = keep ?? Path.Combine(Path.GetTempPath(), "bankrecon-bench-parse-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        try
        {
            var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = lines, Entries = 0, Seed = 1 });
            var files = WriteFiles(dataset, directory);
            var expectedSum = dataset.Statement.Lines.Sum(l => l.Amount);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench parse: {lines} lines per file, best of {repeat} parses in a fresh process per format"));
            Console.WriteLine("machine: " + MachineInfo.Describe());
            Console.WriteLine();
            Console.WriteLine("| format | file MB | lines | first parse ms | best parse ms | best parse CPU ms | lines/s | MB/s | working set before parsing MB | peak working set MB | allocated per parse MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            double? csvBestMs = null;
            foreach (var (label, path) in files)
            {
                var measured = await RunChildAsync(path, repeat);
                if (measured is null)
                {
                    Console.WriteLine($"| {label} | parse failed (see above) |");
                    continue;
                }

                var m = measured;
                if (m.Lines != lines || m.Sum != expectedSum)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: parsed {m.Lines} lines summing to {m.Sum}; expected {lines} lines summing to {expectedSum}."));
                }

                var megabytes = m.Bytes / (1024.0 * 1024.0);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {label} | {megabytes:0.0} | {m.Lines} | {m.FirstMs:0} | {m.BestMs:0} | {m.BestCpuMs:0} | {m.Lines * 1000.0 / m.BestMs:N0} | {megabytes * 1000.0 / m.BestMs:0.0} | {m.WorkingSetBefore / (1024.0 * 1024.0):0} | {m.PeakWorkingSet / (1024.0 * 1024.0):0} | {m.AllocatedPerParse / (1024.0 * 1024.0):0} |"));
                if (label == "CSV (nordea-no)") csvBestMs = m.BestMs;
            }

            Console.WriteLine();
            await CompareWithHledgerAsync(files[^1].Path, directory, lines, csvBestMs);
            return ExitCodes.Ok;
        }
        finally
        {
            if (keep is null) Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record ChildMeasurement(int Lines, decimal Sum, long Bytes, double FirstMs, double BestMs, double BestCpuMs, long WorkingSetBefore, long PeakWorkingSet, long AllocatedPerParse);

    private static List<(string Label, string Path)> WriteFiles(BenchDataset dataset, string directory)
    {
        var camt = Path.Combine(directory, "statement.camt053.xml");
        using (var output = File.Create(camt))
        {
            Camt053Writer.Write(output, [dataset.Statement], new Camt053WriterOptions { Indent = false });
        }

        var mt940 = Path.Combine(directory, "statement.sta");
        using (var output = new StreamWriter(mt940, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            Mt940Writer.Write(output, [dataset.Statement]);
        }

        var csv = Path.Combine(directory, "statement.csv");
        using (var output = File.Create(csv))
        {
            CsvStatementWriter.Write(output, dataset.Statement, Profile);
        }

        return [("camt.053", camt), ("MT940", mt940), ("CSV (nordea-no)", csv)];
    }

    private static async Task<ChildMeasurement?> RunChildAsync(string path, int repeat)
    {
        var (exitCode, output, error, _) = await RunProcessAsync(SelfCommand(), ["bench", "parse-one", "--file", path, "--repeat", repeat.ToString(CultureInfo.InvariantCulture)], SelfPrefix());
        if (exitCode != 0)
        {
            Console.Error.WriteLine($"bench parse-one {path} exited with {exitCode}: {error}");
            return null;
        }

        var values = output.Trim().Split(' ').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new ChildMeasurement(
            int.Parse(values["lines"], CultureInfo.InvariantCulture),
            decimal.Parse(values["sum"], NumberStyles.Number, CultureInfo.InvariantCulture),
            long.Parse(values["bytes"], CultureInfo.InvariantCulture),
            (double)decimal.Parse(values["first_ms"], NumberStyles.Float, CultureInfo.InvariantCulture),
            (double)decimal.Parse(values["best_ms"], NumberStyles.Float, CultureInfo.InvariantCulture),
            (double)decimal.Parse(values["best_cpu_ms"], NumberStyles.Float, CultureInfo.InvariantCulture),
            long.Parse(values["ws_before"], CultureInfo.InvariantCulture),
            long.Parse(values["peak_ws"], CultureInfo.InvariantCulture),
            long.Parse(values["alloc_per_parse"], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// hledger reads the same CSV through a rules file we write for the Nordea layout. Its time is the whole process
    /// (start-up, CSV parse, journal build, print to a discarded stream), best of three.
    /// </summary>
    private static async Task CompareWithHledgerAsync(string csvPath, string directory, int lines, double? ourBestMs)
    {
        var rules = Path.Combine(directory, "nordea-no.csv.rules");
        await File.WriteAllTextAsync(rules, HledgerRules());
        var arguments = new[] { "-f", csvPath, "--rules-file", rules, "print" };
        (int ExitCode, string Output, string Error, double Ms) first;
        try
        {
            first = await RunProcessAsync("hledger", arguments, []);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("hledger: not installed (apt-get install -y hledger); the hledger comparison row is skipped.");
            return;
        }

        if (first.ExitCode != 0)
        {
            Console.WriteLine($"hledger: exited with {first.ExitCode}: {first.Error.Trim()}");
            return;
        }

        var transactions = first.Output.Split('\n').Count(l => l.Length >= 10 && char.IsAsciiDigit(l[0]) && l[4] == '-');
        var best = first.Ms;
        // Three runs unless one already takes long: the figure is stable enough, and the whole bench stays short.
        for (var i = 0; i < 2 && first.Ms < 20_000; i++)
        {
            best = Math.Min(best, (await RunProcessAsync("hledger", arguments, [])).Ms);
        }

        // The same whole-process view of ourselves: start the CLI, parse the CSV once, exit.
        var ours = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            ours = Math.Min(ours, (await RunProcessAsync(SelfCommand(), ["bench", "parse-one", "--file", csvPath, "--repeat", "1"], SelfPrefix())).Ms);
        }

        var (_, version, _, _) = await RunProcessAsync("hledger", ["--version"], []);
        Console.WriteLine("Peer: hledger on the same CSV, whole process (start-up, parse, output), best of up to 3:");
        Console.WriteLine("| tool | transactions | ms | lines/s | time relative to bankrecon |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| bankrecon bench parse-one (process start + 1 parse) | {lines} | {ours:0} | {lines * 1000.0 / ours:N0} | 1.0x |"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {version.Trim()} `-f statement.csv --rules-file nordea-no.csv.rules print` | {transactions} | {best:0} | {lines * 1000.0 / best:N0} | {best / ours:0.0}x |"));
        if (ourBestMs is { } parseOnly)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(bankrecon's in-process CSV parse alone, best of runs: {parseOnly:0} ms; hledger takes {best / parseOnly:0.0}x that.)"));
        }

        if (transactions != lines)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: hledger printed {transactions} transactions for {lines} CSV rows."));
        }
    }

    /// <summary>An hledger CSV rules file for the Nordea NO layout that <see cref="CsvStatementWriter"/> wrote.</summary>
    private static string HledgerRules()
    {
        var builder = new StringBuilder();
        builder.AppendLine("# Generated by bankrecon bench parse for the nordea-no CSV layout");
        builder.AppendLine(CultureInfo.InvariantCulture, $"skip {Profile.SkipLines + (Profile.HasHeaderRow ? 1 : 0)}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"separator {(Profile.Delimiter == '\t' ? "TAB" : Profile.Delimiter.ToString())}");
        builder.AppendLine("fields date, amount, sender, receiver, name, title, balance, currency_code");
        builder.AppendLine("date-format %Y/%m/%d");
        builder.AppendLine(CultureInfo.InvariantCulture, $"decimal-mark {Profile.DecimalSeparator}");
        if (Profile.NewestFirst == true) builder.AppendLine("newest-first");
        builder.AppendLine("description %name %title");
        builder.AppendLine("currency %currency_code ");
        builder.AppendLine("account1 assets:bank:checking");
        builder.AppendLine("account2 income:unknown");
        return builder.ToString();
    }

    private static string SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        return processPath;
    }

    /// <summary>When running under `dotnet bankrecon.dll`, the child needs the assembly path first.</summary>
    private static string[] SelfPrefix()
    {
        var processName = Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "dotnet");
        return processName.Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? ["exec", typeof(BenchParseCommand).Assembly.Location] : [];
    }

    private static async Task<(int ExitCode, string Output, string Error, double Ms)> RunProcessAsync(string fileName, IEnumerable<string> arguments, IEnumerable<string> prefix)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in prefix.Concat(arguments)) start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        return (process.ExitCode, await output, await error, watch.Elapsed.TotalMilliseconds);
    }
}
