using System.Diagnostics;
using System.Globalization;
using BankRecon.Application.Bench;
using BankRecon.Application.Matching;
using BankRecon.Domain.Matching;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon bench match [--lines N] [--entries M] [--seed S] [--rules default|bc|both] [--scale] [--traits]
/// [--scaling]</c>: generates a labelled dataset in memory, runs both rule sets on it and prints quality, throughput, a
/// per-scenario breakdown and a scaling row (docs/benchmarks.md defines every figure). <c>--scaling</c> runs only the
/// size and ten times the size, alternating, and prints time, CPU time, garbage collections and work per line with
/// the ratios.
/// </summary>
public static class BenchMatchCommand
{
    public const string Summary = "Benchmark matching quality and speed, ours vs Business Central's rules: [--lines N --entries M --seed S --repeat R --rules default|bc|both --scale --traits --scaling --max-name-postings N --max-amount-candidates N]";

    private static readonly (string Name, MatchingSettings Settings)[] AllRuleSets =
    [
        ("default", MatchingSettings.Default),
        ("bc", MatchingSettings.BusinessCentral),
    ];

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "scale", "traits", "scaling" });
        var lines = arguments.GetInt("lines", 10_000);
        var entries = arguments.GetInt("entries", 100_000);
        var seed = arguments.GetInt("seed", 1);
        var repeat = Math.Max(1, arguments.GetInt("repeat", 3));
        var scale = arguments.Has("scale");
        var traits = arguments.Has("traits");
        var scaling = arguments.Has("scaling");
        var rules = arguments.Get("rules") ?? "both";
        var maxNamePostings = arguments.Get("max-name-postings");
        var maxAmountCandidates = arguments.Get("max-amount-candidates");
        arguments.EnsureAllRead();
        if (lines == 0) throw new UsageException("Option --lines must be at least 1.");
        var ruleSets = rules switch
        {
            "both" => AllRuleSets,
            "default" or "bc" => AllRuleSets.Where(r => r.Name == rules).ToArray(),
            _ => throw new UsageException($"Option --rules must be default, bc or both, not '{rules}'."),
        };

        // bounds can be overridden to measure what they cost in quality and time
        if (maxNamePostings is not null || maxAmountCandidates is not null)
        {
            ruleSets = ruleSets.Select(r => (r.Name, r.Settings with
            {
                MaxNamePostings = arguments.GetInt("max-name-postings", r.Settings.MaxNamePostings),
                MaxAmountCandidates = arguments.GetInt("max-amount-candidates", r.Settings.MaxAmountCandidates),
            })).ToArray();
        }

        var output = Console.Out;
        WarmUp(ruleSets);
        if (scaling)
        {
            BenchScaling.Run(output, lines, entries, seed, repeat, ruleSets);
            return Task.FromResult(ExitCodes.Ok);
        }

        var generation = Stopwatch.StartNew();
        var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = lines, Entries = entries, Seed = seed });
        var input = PreparedInput.From(dataset);
        generation.Stop();
        output.WriteLine(Invariant($"bench match: {lines} lines, {dataset.Entries.Count} open entries, seed {seed}; generated in {generation.ElapsedMilliseconds} ms"));
        output.WriteLine("machine: " + MachineInfo.Describe());
        output.WriteLine();

        var runs = ruleSets.Select(r => Run(r.Name, r.Settings, input, dataset, repeat)).ToList();
        WriteSummary(output, runs);
        foreach (var run in runs)
        {
            WriteBreakdown(output, $"By scenario, rule set '{run.Name}'", run.Metrics.ByScenario.Select(p => (TruthCsv.Format(p.Key), p.Value)));
            if (traits) WriteBreakdown(output, $"By trait, rule set '{run.Name}'", run.Metrics.ByTrait.Select(p => (p.Key, p.Value)));
        }

        WriteScaling(output, lines, entries, seed, runs, scale, repeat, ruleSets);
        return Task.FromResult(ExitCodes.Ok);
    }

    internal sealed record PreparedInput(List<MatchLine> Lines, List<OpenEntry> Entries)
    {
        public static PreparedInput From(BenchDataset dataset) =>
            new(MatchInputs.ToMatchLines([dataset.Statement]), MatchInputs.ToOpenEntries(dataset.Entries));
    }

    private sealed record RunResult(string Name, MatchMetrics Metrics, double ElapsedMs, double CpuMs, int Lines, MatchMeasurement Best)
    {
        public double LinesPerSecond => Lines * 1000.0 / Math.Max(ElapsedMs, 0.001);
    }

    private static RunResult Run(string name, MatchingSettings settings, PreparedInput input, BenchDataset dataset, int repeat)
    {
        var (result, milliseconds, cpu, best) = Time(settings, input, repeat);
        var metrics = MatchMetricsCalculator.Compute(dataset.Truth, PredictionMapper.FromResult(result));
        return new RunResult(name, metrics, milliseconds, cpu, input.Lines.Count, best);
    }

    /// <summary>
    /// Best of <paramref name="repeat"/> runs: the engine is deterministic, so the runs differ only by what else the
    /// machine did (and by tiered JIT in the first one); the minimum is the engine's own time. The CPU time (all
    /// threads of the process, garbage collection included) is what the run cost whatever the load: on a busy machine
    /// the wall-clock time mostly measures the other jobs.
    /// </summary>
    private static (MatchResult Result, double Milliseconds, double CpuMilliseconds, MatchMeasurement Best) Time(MatchingSettings settings, PreparedInput input, int repeat)
    {
        MatchResult? result = null;
        MatchMeasurement? best = null;
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            result = null;
            var measurement = MatchMeasurement.Measure(input.Lines, input.Entries, settings, out result);
            bestWall = Math.Min(bestWall, measurement.WallMs);
            bestCpu = Math.Min(bestCpu, measurement.CpuMs);
            if (best is null || measurement.CpuMs < best.CpuMs) best = measurement;
        }

        return (result!, bestWall, bestCpu, best!);
    }

    /// <summary>Runs both rule sets a few times on a small dataset so that JIT compilation (and tiering) is not timed.</summary>
    private static void WarmUp((string Name, MatchingSettings Settings)[] ruleSets)
    {
        var small = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = 1_000, Entries = 10_000, Seed = 424242 });
        // JIT and tiering: the timed runs should measure the engine, not the compiler
        var input = PreparedInput.From(small);
        for (var i = 0; i < 3; i++)
        {
            foreach (var (_, settings) in ruleSets)
            {
                MatchingEngine.Match(input.Lines, input.Entries, settings);
            }
        }
    }

    private static void WriteSummary(TextWriter output, List<RunResult> runs)
    {
        output.WriteLine("| metric | " + string.Join(" | ", runs.Select(r => $"rules '{r.Name}'")) + " |");
        output.WriteLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        Row("precision of auto-applied (High) lines", r => Percent(r.Metrics.Total.HighPrecision) + Invariant($" ({r.Metrics.Total.HighCorrect}/{r.Metrics.Total.High})"));
        Row("matchable lines auto-applied (High)", r => Percent(r.Metrics.Total.AutoApplyShare) + Invariant($" ({r.Metrics.Total.MatchableHigh}/{r.Metrics.Total.Matchable})"));
        Row("matchable lines correctly auto-applied", r => Percent(r.Metrics.Total.CorrectAutoApplyShare));
        Row("top-3 recall of the true application", r => Percent(r.Metrics.Total.Top3Recall));
        Row("lines with a wrong High", r => Percent(r.Metrics.Total.WrongHighShare) + Invariant($" ({r.Metrics.Total.HighWrong})"));
        Row("proposal correct, any confidence", r => Percent(r.Metrics.Total.ProposalAccuracy));
        Row("throughput (lines/s)", r => r.LinesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        Row("matching time (ms)", r => r.ElapsedMs.ToString("0", CultureInfo.InvariantCulture));
        Row("matching CPU time, all threads (ms)", r => r.CpuMs.ToString("0", CultureInfo.InvariantCulture));
        Row("of which index build, CPU (ms)", r => r.Best.IndexCpuMs.ToString("0", CultureInfo.InvariantCulture));
        Row("garbage collections gen0/gen1/gen2", r => r.Best.Collections);
        Row("garbage collection pauses (ms)", r => r.Best.GcPauseMs.ToString("0", CultureInfo.InvariantCulture));
        Row("allocated (MB)", r => r.Best.AllocatedMb.ToString("0", CultureInfo.InvariantCulture));
        output.WriteLine();

        void Row(string label, Func<RunResult, string> value) =>
            output.WriteLine($"| {label} | " + string.Join(" | ", runs.Select(value)) + " |");
    }

    private static void WriteBreakdown(TextWriter output, string title, IEnumerable<(string Key, MetricCounts Counts)> rows)
    {
        output.WriteLine(title + ":");
        output.WriteLine("| group | lines | High | High precision | auto-applied | top-3 recall | wrong High | no proposal |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (key, c) in rows)
        {
            output.WriteLine(Invariant(
                $"| {key} | {c.Lines} | {c.High} | {Percent(c.HighPrecision)} | {Percent(c.AutoApplyShare)} | {Percent(c.Top3Recall)} | {c.HighWrong} | {c.NoProposal} |"));
        }

        output.WriteLine();
    }

    /// <summary>Time at one tenth of both sizes (and at ten times with --scale) against the main run: linear work gives a ratio near 10.</summary>
    private static void WriteScaling(TextWriter output, int lines, int entries, int seed, List<RunResult> main, bool scale, int repeat, (string Name, MatchingSettings Settings)[] ruleSets)
    {
        var sizes = new List<(int Lines, int Entries)>();
        if (lines >= 10) sizes.Add((lines / 10, entries / 10));
        sizes.Add((lines, entries));
        if (scale) sizes.Add((lines * 10, entries * 10));
        if (sizes.Count < 2) return;

        output.WriteLine(Invariant($"Scaling (matching time, then CPU time of all threads; best of {repeat} runs, one run at the 10x size; a ratio of ~10 per 10x step means linear):"));
        output.WriteLine("| rule set | " + string.Join(" | ", sizes.Select(s => Invariant($"{s.Lines}/{s.Entries} ms"))) + " | " + string.Join(" | ", sizes.Skip(1).Select((_, i) => $"ratio {i + 2}:{i + 1}")) + " |");
        output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", sizes.Count * 2 - 1)));
        var timings = ruleSets.ToDictionary(r => r.Name, _ => new List<double>(), StringComparer.Ordinal);
        var cpuTimings = ruleSets.ToDictionary(r => r.Name, _ => new List<double>(), StringComparer.Ordinal);
        var quality = new List<string>();
        foreach (var size in sizes)
        {
            if (size == (lines, entries))
            {
                foreach (var run in main)
                {
                    timings[run.Name].Add(run.ElapsedMs);
                    cpuTimings[run.Name].Add(run.CpuMs);
                    quality.Add(QualityRow(run.Name, size, run.Metrics.Total));
                }

                continue;
            }

            var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = size.Lines, Entries = size.Entries, Seed = seed });
            var input = PreparedInput.From(dataset);
            // The 10x size runs once: it is long enough not to need a minimum, and long enough to make three runs costly.
            var runs = size.Lines > lines ? 1 : repeat;
            foreach (var (name, settings) in ruleSets)
            {
                var (result, milliseconds, cpu, _) = Time(settings, input, runs);
                timings[name].Add(milliseconds);
                cpuTimings[name].Add(cpu);
                quality.Add(QualityRow(name, size, MatchMetricsCalculator.Compute(dataset.Truth, PredictionMapper.FromResult(result)).Total));
            }
        }

        WriteTimes(timings, "");
        WriteTimes(cpuTimings, " CPU");

        output.WriteLine();
        output.WriteLine("Quality at each size (more entries means more look-alike candidates):");
        output.WriteLine("| rule set | lines/entries | High precision | auto-applied | top-3 recall | wrong High |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in quality.Order(StringComparer.Ordinal)) output.WriteLine(row);
        output.WriteLine();

        void WriteTimes(Dictionary<string, List<double>> table, string label)
        {
            foreach (var (name, times) in table)
            {
                var ratios = times.Skip(1).Select((t, i) => (t / Math.Max(times[i], 0.001)).ToString("0.0", CultureInfo.InvariantCulture));
                output.WriteLine($"| {name}{label} | " + string.Join(" | ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture))) + " | " + string.Join(" | ", ratios) + " |");
            }
        }
    }

    private static string QualityRow(string name, (int Lines, int Entries) size, MetricCounts c) =>
        Invariant($"| {name} | {size.Lines,7}/{size.Entries} | {Percent(c.HighPrecision)} | {Percent(c.AutoApplyShare)} | {Percent(c.Top3Recall)} | {Percent(c.WrongHighShare)} |");

    internal static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
