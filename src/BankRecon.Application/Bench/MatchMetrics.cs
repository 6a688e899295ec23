namespace BankRecon.Application.Bench;

/// <summary>Benchmark metrics over all lines, per scenario kind, and per trait (name noise, account presence, ...).</summary>
public sealed record MatchMetrics(
    MetricCounts Total,
    IReadOnlyList<KeyValuePair<ScenarioKind, MetricCounts>> ByScenario,
    IReadOnlyList<KeyValuePair<string, MetricCounts>> ByTrait);
