namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A <see cref="Candidate"/> as kept from the end of its line's matching until the line's proposal is written: the same
/// facts, as a struct in a <see cref="CandidateStore"/> chunk, with its entries and planned amounts in the store's
/// number buffers. A run at 100 000 lines keeps about 600 000 candidates alive across the cross-line steps; as objects
/// with their small arrays they were most of what every garbage collection of the run had to copy, twice. A record
/// refers to no object made during the run (its evidence is kept as a value, its rule's name as a number): a large
/// array pointing at young objects would be scanned again by every collection.
/// </summary>
internal struct CandidateRecord
{
    private ReadOnlyMemory<int> _entries;
    private ReadOnlyMemory<long> _planned;
    private ReadOnlyMemory<long> _plannedDiscount;
    private ReadOnlyMemory<long> _plannedCharges;

    public CandidateRecord(Candidate candidate, int rule, ReadOnlyMemory<int> entries, ReadOnlyMemory<long> planned, ReadOnlyMemory<long> plannedDiscount, ReadOnlyMemory<long> plannedCharges)
    {
        _entries = entries;
        _planned = planned;
        _plannedDiscount = plannedDiscount;
        _plannedCharges = plannedCharges;
        Kind = candidate.Kind;
        Party = candidate.Party;
        ChargesReported = candidate.ChargesReported;
        Mapping = candidate.Mapping;
        Account = candidate.Account;
        Evidence = candidate.Evidence is { } evidence ? PartyEvidenceFacts.Of(evidence) : null;
        PartyCriterion = candidate.PartyCriterion;
        DocumentCriterion = candidate.DocumentCriterion;
        AmountCriterion = candidate.AmountCriterion;
        Relation = candidate.Relation;
        Remaining = candidate.Remaining;
        Applicable = candidate.Applicable;
        AmountCount = candidate.AmountCount;
        Flags = candidate.Flags;
        Confidence = candidate.Confidence;
        Score = candidate.Score;
        RuleId = rule;
        ReviewRequired = candidate.ReviewRequired;
        Tiebreak = candidate.Tiebreak;
        CombinationCount = candidate.CombinationCount;
    }

    public CandidateKind Kind { get; }

    /// <summary>Party index, or -1 for a text mapping.</summary>
    public int Party { get; }

    /// <summary>Entry indexes, in application order (oldest due date first).</summary>
    public readonly ReadOnlySpan<int> Entries => _entries.Span;

    public readonly ReadOnlyMemory<int> EntriesMemory => _entries;

    public readonly ReadOnlySpan<long> Planned => _planned.Span;

    public readonly ReadOnlySpan<long> PlannedDiscount => _plannedDiscount.Span;

    /// <summary>Part of each entry closed as bank charges (our rule set; minor units), empty when none.</summary>
    public readonly ReadOnlySpan<long> PlannedCharges => _plannedCharges.Span;

    /// <summary>The planned amounts as the assignment keeps them for the chosen candidate.</summary>
    public readonly ReadOnlyMemory<long> PlannedMemory => _planned;

    public readonly ReadOnlyMemory<long> PlannedDiscountMemory => _plannedDiscount;

    public readonly ReadOnlyMemory<long> PlannedChargesMemory => _plannedCharges;

    public bool ChargesReported { get; }

    public TextToAccountMapping? Mapping { get; }

    public MatchAccount? Account { get; }

    /// <summary>The party evidence as it stood when the line's matching ended, when the candidate has a party.</summary>
    public PartyEvidenceFacts? Evidence { get; }

    public RelatedPartyMatch PartyCriterion { get; }

    public DocumentNoMatch DocumentCriterion { get; }

    public AmountMatch AmountCriterion { get; }

    public AmountRelation Relation { get; }

    /// <summary>Σ remaining amounts of the entries.</summary>
    public long Remaining { get; }

    /// <summary>Σ applicable amounts (discount taken where allowed).</summary>
    public long Applicable { get; }

    /// <summary>How many entries (pool or party) have this amount; 0 = not counted.</summary>
    public int AmountCount { get; }

    public CandidateFlags Flags { get; set; }

    public MatchConfidence Confidence { get; private set; }

    public int Score { get; private set; }

    /// <summary>The rule's name, numbered by the <see cref="CandidateStore"/> (see <see cref="LineState.RuleOf"/>).</summary>
    public int RuleId { get; }

    public bool ReviewRequired { get; private set; }

    /// <summary>Orders candidates of equal score (stronger text evidence, closer name first).</summary>
    public long Tiebreak { get; }

    /// <summary>Position after sorting within the line.</summary>
    public int Rank { get; set; }

    /// <summary>Other sets found by the combination search (for the explanation).</summary>
    public int CombinationCount { get; }

    /// <summary>What applying entry <paramref name="i"/> as planned takes off its remaining amount.</summary>
    public readonly long Consumes(int i)
    {
        var charges = PlannedCharges;
        return Planned[i] + PlannedDiscount[i] + (charges.Length > i ? charges[i] : 0);
    }

    public readonly bool SameApplication(in CandidateRecord other)
    {
        if (Kind == CandidateKind.TextMapping || other.Kind == CandidateKind.TextMapping)
        {
            return Kind == other.Kind && Equals(Account, other.Account);
        }

        return Entries.SequenceEqual(other.Entries);
    }

    public void Downgrade()
    {
        if (Confidence != MatchConfidence.High) return;
        Confidence = MatchConfidence.Medium;
        Score -= 1000;
        ReviewRequired = true;
    }
}
