using System.Globalization;
using System.Runtime.CompilerServices;
using BankRecon.Application.Bench;
using BankRecon.Domain.Matching;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bench match --scaling</c>: the given size and ten times both sizes in one process, the runs alternating (small,
/// large, small, large …) so that a change in machine load hits both sizes alike. Prints, per size, the best wall-clock
/// and CPU time, CPU time per phase, garbage collections, allocations, the engine's work per line and the quality; then
/// the ratios. Linear work gives a ratio near 10.
/// </summary>
internal static class BenchScaling
{
    /// <summary>
    /// One timed run, scored the first time. Its result is let go when this returns: held on to until the next run
    /// (as a local of the loop is, in code that is not fully optimised), it made that run's heap, and so the collector's
    /// budgets, depend on which size ran before.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MatchMeasurement MeasureOnce(BenchDataset dataset, BenchMatchCommand.PreparedInput input, MatchingSettings settings, ref MetricCounts? quality)
    {
        var measurement = MatchMeasurement.Measure(input.Lines, input.Entries, settings, out var result);
        quality ??= MatchMetricsCalculator.Compute(dataset.Truth, PredictionMapper.FromResult(result)).Total;
        return measurement;
    }

    public static void Run(TextWriter output, int lines, int entries, int seed, int repeat, (string Name, MatchingSettings Settings)[] ruleSets)
    {
        var sizes = new[] { (Lines: lines, Entries: entries), (Lines: lines * 10, Entries: entries * 10) };
        var inputs = new List<(BenchDataset Dataset, BenchMatchCommand.PreparedInput Input)>();
        foreach (var (sizeLines, sizeEntries) in sizes)
        {
            var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = sizeLines, Entries = sizeEntries, Seed = seed });
            inputs.Add((dataset, BenchMatchCommand.PreparedInput.From(dataset)));
        }

        output.WriteLine(Invariant($"bench match --scaling: seed {seed}, {repeat} alternating runs per size, best by CPU time"));
        output.WriteLine("machine: " + MachineInfo.Describe());
        output.WriteLine();

        var best = new MatchMeasurement?[ruleSets.Length, sizes.Length];
        var all = new List<double>[ruleSets.Length, sizes.Length];
        var quality = new MetricCounts?[ruleSets.Length, sizes.Length];
        for (var run = 0; run < repeat; run++)
        {
            for (var r = 0; r < ruleSets.Length; r++)
            {
                for (var s = 0; s < sizes.Length; s++)
                {
                    var (dataset, input) = inputs[s];
                    var measurement = MeasureOnce(dataset, input, ruleSets[r].Settings, ref quality[r, s]);
                    (all[r, s] ??= []).Add(measurement.CpuMs);
                    if (best[r, s] is not { } previous || measurement.CpuMs < previous.CpuMs) best[r, s] = measurement;
                }
            }
        }

        output.WriteLine("| rule set | lines/entries | wall ms | CPU ms | index CPU | lines CPU | cross-line CPU | proposals CPU | GC gen0/1/2 | GC pause ms (per phase) | allocated MB (per phase) | CPU ms of all runs |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (var r = 0; r < ruleSets.Length; r++)
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                var m = best[r, s]!;
                output.WriteLine(Invariant(
                    $"| {ruleSets[r].Name} | {sizes[s].Lines}/{sizes[s].Entries} | {m.WallMs:0} | {m.CpuMs:0} | {m.IndexCpuMs:0} | {m.LinesCpuMs:0} | {m.CrossLineCpuMs:0} | {m.ProposalsCpuMs:0} | {m.Collections} | {m.GcPauseMs:0} ({m.GcPausePerPhase}) | {m.AllocatedMb:0} ({m.AllocatedMbPerPhase}) | {string.Join(", ", all[r, s].Select(c => c.ToString("0", CultureInfo.InvariantCulture)))} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("Work per line (deterministic counts):");
        output.WriteLine("| rule set | lines/entries | name postings read | name lists skipped | amount keys read | party entries read | name comparisons | candidates evaluated |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        for (var r = 0; r < ruleSets.Length; r++)
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                var w = best[r, s]!.Statistics;
                double PerLine(long value) => value / (double)Math.Max(1, w.Lines);
                output.WriteLine(Invariant(
                    $"| {ruleSets[r].Name} | {sizes[s].Lines}/{sizes[s].Entries} | {PerLine(w.NamePostingsRead):0.0} | {PerLine(w.NameListsSkipped):0.00} | {PerLine(w.AmountKeysRead):0.0} | {PerLine(w.PartyEntriesRead):0.0} | {PerLine(w.NameComparisons):0.0} | {PerLine(w.CandidatesEvaluated):0.0} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("Ratio 10x : 1x (linear work gives ~10):");
        output.WriteLine("| rule set | wall | CPU | index CPU | lines CPU | cross-line + proposals CPU |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var r = 0; r < ruleSets.Length; r++)
        {
            var small = best[r, 0]!;
            var large = best[r, 1]!;
            output.WriteLine(Invariant(
                $"| {ruleSets[r].Name} | {Ratio(large.WallMs, small.WallMs)} | {Ratio(large.CpuMs, small.CpuMs)} | {Ratio(large.IndexCpuMs, small.IndexCpuMs)} | {Ratio(large.LinesCpuMs, small.LinesCpuMs)} | {Ratio(large.CrossLineCpuMs + large.ProposalsCpuMs, small.CrossLineCpuMs + small.ProposalsCpuMs)} |"));
        }

        output.WriteLine();
        output.WriteLine("Quality at each size:");
        output.WriteLine("| rule set | lines/entries | High precision | auto-applied | top-3 recall | wrong High |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        for (var r = 0; r < ruleSets.Length; r++)
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                var c = quality[r, s]!;
                output.WriteLine(Invariant(
                    $"| {ruleSets[r].Name} | {sizes[s].Lines}/{sizes[s].Entries} | {BenchMatchCommand.Percent(c.HighPrecision)} | {BenchMatchCommand.Percent(c.AutoApplyShare)} | {BenchMatchCommand.Percent(c.Top3Recall)} | {c.HighWrong} |"));
            }
        }

        output.WriteLine();
    }

    private static string Ratio(double large, double small) => (large / Math.Max(small, 0.001)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
