using BankRecon.Application.Entries;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Bench;

/// <summary>A generated statement, the open entries it is matched against, and the true answer per line.</summary>
public sealed record BenchDataset(
    ParsedStatement Statement,
    IReadOnlyList<OpenEntryRow> Entries,
    IReadOnlyList<LineTruth> Truth);
