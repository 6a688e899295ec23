namespace BankRecon.Domain.Matching;

/// <summary>
/// What one matching run did, for benchmarks and diagnostics: counts of the work done per step (deterministic for a
/// given input, whatever the load or the number of threads) and a hook called as each phase ends, so a caller can read
/// its own clocks there. The engine itself reads no clock. Pass a new instance per run.
/// </summary>
public sealed class MatchStatistics
{
    /// <summary>Called on the calling thread after each phase, in order.</summary>
    public Action<MatchPhase>? PhaseCompleted { get; init; }

    public int Lines { get; internal set; }

    public int Entries { get; internal set; }

    public int Parties { get; internal set; }

    /// <summary>Party ids read from name posting lists (payer names, names in the text, near-namesake checks).</summary>
    public long NamePostingsRead { get; internal set; }

    /// <summary>Name posting lists not read because they were longer than their cap (very common words or prefixes).</summary>
    public long NameListsSkipped { get; internal set; }

    /// <summary>Amount keys read from the ledger-wide amount index and from the parties' amount lists.</summary>
    public long AmountKeysRead { get; internal set; }

    /// <summary>Open entries of a party walked for combinations, credit memos and part payments.</summary>
    public long PartyEntriesRead { get; internal set; }

    /// <summary>Parties whose names were compared with a payer name.</summary>
    public long NameComparisons { get; internal set; }

    /// <summary>Candidates evaluated against the rules.</summary>
    public long CandidatesEvaluated { get; internal set; }

    internal void Add(Engine.WorkCounters counters)
    {
        NamePostingsRead += counters.NamePostingsRead;
        NameListsSkipped += counters.NameListsSkipped;
        AmountKeysRead += counters.AmountKeysRead;
        PartyEntriesRead += counters.PartyEntriesRead;
        NameComparisons += counters.NameComparisons;
        CandidatesEvaluated += counters.CandidatesEvaluated;
    }
}
