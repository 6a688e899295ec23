using System.Diagnostics;
using System.Globalization;
using BankRecon.Domain.Matching;

namespace BankRecon.Cli.Commands;

/// <summary>
/// One timed call of <see cref="MatchingEngine.Match(IReadOnlyList{MatchLine}, IReadOnlyList{OpenEntry}, MatchingSettings, MatchStatistics)"/>:
/// wall-clock and process CPU time (all threads, garbage collection included), both per phase, the garbage
/// collections and bytes allocated during the call, and the engine's own work counts.
/// </summary>
internal sealed record MatchMeasurement(
    double WallMs,
    double CpuMs,
    double IndexCpuMs,
    double LinesCpuMs,
    double CrossLineCpuMs,
    double ProposalsCpuMs,
    int Gen0,
    int Gen1,
    int Gen2,
    double AllocatedMb,
    double GcPauseMs,
    string GcPausePerPhase,
    string AllocatedMbPerPhase,
    MatchStatistics Statistics)
{
    /// <summary>Collections during the call; a gen1 or gen2 collection also counts as one of each lower generation.</summary>
    public string Collections => string.Create(CultureInfo.InvariantCulture, $"{Gen0}/{Gen1}/{Gen2}");

    public static MatchMeasurement Measure(IReadOnlyList<MatchLine> lines, IReadOnlyList<OpenEntry> entries, MatchingSettings settings, out MatchResult result)
    {
        // start every run from the same heap, so a run does not pay for the garbage of the one before
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var phaseCpu = new double[Enum.GetValues<MatchPhase>().Length];
        var phasePause = new double[phaseCpu.Length];
        var phaseAllocated = new double[phaseCpu.Length];
        var lastAllocated = allocated;
        var pauseStart = GC.GetTotalPauseDuration();
        var lastPause = pauseStart;
        var cpuStart = Environment.CpuUsage.TotalTime;
        var last = cpuStart;
        var statistics = new MatchStatistics
        {
            PhaseCompleted = phase =>
            {
                var now = Environment.CpuUsage.TotalTime;
                var pause = GC.GetTotalPauseDuration();
                phaseCpu[(int)phase] = (now - last).TotalMilliseconds;
                phasePause[(int)phase] = (pause - lastPause).TotalMilliseconds;
                last = now;
                lastPause = pause;
                var bytes = GC.GetTotalAllocatedBytes(precise: false);
                phaseAllocated[(int)phase] = (bytes - lastAllocated) / 1_048_576.0;
                lastAllocated = bytes;
            },
        };
        var watch = Stopwatch.StartNew();
        result = MatchingEngine.Match(lines, entries, settings, statistics);
        watch.Stop();

        var cpu = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds;
        return new MatchMeasurement(
            watch.Elapsed.TotalMilliseconds,
            cpu,
            phaseCpu[(int)MatchPhase.Index],
            phaseCpu[(int)MatchPhase.Lines],
            phaseCpu[(int)MatchPhase.CrossLine],
            phaseCpu[(int)MatchPhase.Proposals],
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1_048_576.0,
            (GC.GetTotalPauseDuration() - pauseStart).TotalMilliseconds,
            string.Join('/', phasePause.Select(p => p.ToString("0", CultureInfo.InvariantCulture))),
            string.Join('/', phaseAllocated.Select(p => p.ToString("0", CultureInfo.InvariantCulture))),
            statistics);
    }
}
