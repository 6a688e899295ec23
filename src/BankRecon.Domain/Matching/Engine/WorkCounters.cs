namespace BankRecon.Domain.Matching.Engine;

/// <summary>Work done by one matcher (one thread); summed into <see cref="MatchStatistics"/> after the line phase.</summary>
internal sealed class WorkCounters
{
    public long NamePostingsRead;
    public long NameListsSkipped;
    public long AmountKeysRead;
    public long PartyEntriesRead;
    public long NameComparisons;
    public long CandidatesEvaluated;
}
