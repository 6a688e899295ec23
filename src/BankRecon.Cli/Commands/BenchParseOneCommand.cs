using System.Diagnostics;
using System.Globalization;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench parse-one --file F [--repeat R]</c>: parses one file R times through the streaming reader (no
/// lines kept in memory) and prints one machine-readable line of measurements. `bench parse` runs it in a fresh child
/// process per format, so the peak working set belongs to that format alone.
/// </summary>
public static class BenchParseOneCommand
{
    public const string Summary = "(used by bench parse) Time one parse in this process: --file F [--repeat R]";

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal));
        var file = arguments.Require("file");
        var repeat = Math.Max(1, arguments.GetInt("repeat", 3));
        arguments.EnsureAllRead();
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"File not found: {file}");
            return Task.FromResult(ExitCodes.Rejected);
        }

        using var self = Process.GetCurrentProcess();
        var workingSetBefore = self.WorkingSet64;
        var times = new List<double>(repeat);
        var cpuTimes = new List<double>(repeat);
        CountingSink? sink = null;
        var format = StatementFormat.Auto;
        long allocated = 0;
        for (var i = 0; i < repeat; i++)
        {
            sink = new CountingSink();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024))
            {
                format = StatementReader.Read(stream, ParseOptions.Default, sink);
            }

            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            times.Add(watch.Elapsed.TotalMilliseconds);
            self.Refresh();
            // CPU time of the whole process during the parse (parser thread and GC): far less sensitive to other
            // work on a shared machine than the wall clock.
            cpuTimes.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        self.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"format={format} lines={sink!.Lines} sum={sink.Sum} errors={sink.Errors} fatal={sink.Fatal} bytes={new FileInfo(file).Length} first_ms={times[0]:0.0} best_ms={times.Min():0.0} best_cpu_ms={cpuTimes.Min():0.0} ws_before={workingSetBefore} peak_ws={self.PeakWorkingSet64} alloc_per_parse={allocated}"));
        return Task.FromResult(sink.Fatal > 0 ? ExitCodes.Rejected : ExitCodes.Ok);
    }

    /// <summary>Counts what a parse delivers without keeping it, so memory reflects the parser, not a collection.</summary>
    private sealed class CountingSink : IStatementSink
    {
        public int Lines { get; private set; }

        public decimal Sum { get; private set; }

        public int Errors { get; private set; }

        public int Fatal { get; private set; }

        public void StartStatement(StatementHeader header)
        {
        }

        public void Line(ParsedLine line)
        {
            Lines++;
            Sum += line.Amount;
        }

        public void EndStatement(StatementHeader header)
        {
        }

        public void Diagnostic(ParseDiagnostic diagnostic)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) Errors++;
            if (diagnostic.Severity == DiagnosticSeverity.Fatal) Fatal++;
        }
    }
}
