namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// One way to apply a statement line, with its evidence, rule, score and planned amounts (minor units), while the line
/// is matched; then kept as a <see cref="CandidateRecord"/>.
/// </summary>
internal sealed class Candidate
{
    public CandidateKind Kind { get; set; }

    /// <summary>Party index, or -1 for a text mapping.</summary>
    public int Party { get; set; }

    /// <summary>Entry indexes, in application order (oldest due date first).</summary>
    public int[] Entries { get; set; } = [];

    public long[] Planned { get; set; } = [];

    public long[] PlannedDiscount { get; set; } = [];

    /// <summary>Part of each entry closed as bank charges (our rule set; minor units, 0 = none).</summary>
    public long[] PlannedCharges { get; set; } = [];

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

    /// <summary>Other sets found by the combination search (for the explanation).</summary>
    public int CombinationCount { get; set; }

    /// <summary>
    /// Makes a used candidate a new one (a matcher reuses its candidates line after line: they are copied into a
    /// <see cref="CandidateRecord"/> when the line's matching ends). Text mappings, the only candidates with a
    /// <see cref="Mapping"/> or an <see cref="Account"/>, are never reused.
    /// </summary>
    public Candidate Reset(CandidateKind kind, int party, int[] entries)
    {
        Kind = kind;
        Party = party;
        Entries = entries;
        Planned = [];
        PlannedDiscount = [];
        PlannedCharges = [];
        ChargesReported = false;
        Evidence = null;
        PartyCriterion = RelatedPartyMatch.No;
        DocumentCriterion = DocumentNoMatch.No;
        AmountCriterion = AmountMatch.NoMatches;
        Relation = default;
        Remaining = 0;
        Applicable = 0;
        AmountCount = 0;
        Flags = CandidateFlags.None;
        Confidence = default;
        Score = 0;
        Rule = "";
        ReviewRequired = true;
        Tiebreak = 0;
        CombinationCount = 0;
        return this;
    }

    public void Downgrade()
    {
        if (Confidence != MatchConfidence.High) return;
        Confidence = MatchConfidence.Medium;
        Score -= 1000;
        ReviewRequired = true;
    }
}
