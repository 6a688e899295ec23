namespace BankRecon.Domain.Matching.Engine;

/// <summary>One way to apply a statement line, with its evidence, rule, score and planned amounts (minor units).</summary>
internal sealed class Candidate
{
    public required CandidateKind Kind { get; init; }

    /// <summary>Party index, or -1 for a text mapping.</summary>
    public required int Party { get; init; }

    /// <summary>Entry indexes, in application order (oldest due date first).</summary>
    public required int[] Entries { get; init; }

    public long[] Planned { get; set; } = [];

    public long[] PlannedDiscount { get; set; } = [];

    /// <summary>Part of each entry closed as bank charges (our rule set; minor units, 0 = none).</summary>
    public long[] PlannedCharges { get; set; } = [];

    /// <summary>What applying entry <paramref name="i"/> as planned takes off its remaining amount.</summary>
    public long Consumes(int i) => Planned[i] + PlannedDiscount[i] + (PlannedCharges.Length > i ? PlannedCharges[i] : 0);

    /// <summary>The bank reported charges on the line equal to the shortfall (rather than a small shortfall alone).</summary>
    public bool ChargesReported { get; set; }

    public TextToAccountMapping? Mapping { get; init; }

    public MatchAccount? Account { get; init; }

    public PartyEvidence? Evidence { get; set; }

    public RelatedPartyMatch PartyCriterion { get; set; } = RelatedPartyMatch.No;

    public DocumentNoMatch DocumentCriterion { get; set; } = DocumentNoMatch.No;

    public AmountMatch AmountCriterion { get; set; } = AmountMatch.NoMatches;

    public AmountRelation Relation { get; set; }

    /// <summary>Σ remaining amounts of the entries.</summary>
    public long Remaining { get; set; }

    /// <summary>Σ applicable amounts (discount taken where allowed).</summary>
    public long Applicable { get; set; }

    /// <summary>How many entries (pool or party) have this amount; 0 = not counted.</summary>
    public int AmountCount { get; set; }

    public CandidateFlags Flags { get; set; }

    public MatchConfidence Confidence { get; set; }

    public int Score { get; set; }

    public string Rule { get; set; } = "";

    public bool ReviewRequired { get; set; } = true;

    /// <summary>Orders candidates of equal score (stronger text evidence, closer name first).</summary>
    public long Tiebreak { get; set; }

    /// <summary>Position after sorting within the line.</summary>
    public int Rank { get; set; }

    /// <summary>Other sets found by the combination search (for the explanation).</summary>
    public int CombinationCount { get; set; }

    public bool SameApplication(Candidate other)
    {
        if (Kind == CandidateKind.TextMapping || other.Kind == CandidateKind.TextMapping)
        {
            return Kind == other.Kind && Equals(Account, other.Account);
        }

        if (Entries.Length != other.Entries.Length) return false;
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i] != other.Entries[i]) return false;
        }

        return true;
    }

    public void Downgrade()
    {
        if (Confidence != MatchConfidence.High) return;
        Confidence = MatchConfidence.Medium;
        Score -= 1000;
        ReviewRequired = true;
    }
}
