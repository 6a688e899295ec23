namespace BankRecon.Domain.Matching;

/// <summary>
/// Everything that steers one matching run. Defaults mirror Business Central's out-of-the-box setup (the 25 default
/// rules, tolerance 0, string nearness for names) plus the engine's search bounds (docs/domain/matching.md).
/// </summary>
public sealed record MatchingSettings
{
    public RuleSet RuleSet { get; init; } = RuleSet.Default;

    /// <summary>Business Central rule rows (used as the rule table of both rule sets).</summary>
    public IReadOnlyList<PaymentApplicationRule> Rules { get; init; } = PaymentApplicationRule.BusinessCentralDefaults;

    /// <summary>Match Tolerance Type of the bank account.</summary>
    public ToleranceType ToleranceType { get; init; } = ToleranceType.Percentage;

    /// <summary>Match Tolerance Value: a percentage (e.g. 1 = 1 %) or an amount in the line's currency; 0 = exact.</summary>
    public decimal ToleranceValue { get; init; }

    public NameMatching NameMatching { get; init; } = NameMatching.StringNearness;

    /// <summary>
    /// Our rule set: the largest shortfall (in the line's currency) that may be closed as bank charges when the bank
    /// did not report the charges; 0 = only reported charges.
    /// </summary>
    public decimal BankChargesMaxAmount { get; init; } = 100m;

    /// <summary>Our rule set: ...and at most this percentage of the entry's remaining amount.</summary>
    public decimal BankChargesMaxPercent { get; init; } = 5m;

    public IReadOnlyList<TextToAccountMapping> TextMappings { get; init; } = [];

    /// <summary>How many ranked alternatives each proposal keeps (the chosen one excluded).</summary>
    public int MaxAlternatives { get; init; } = 3;

    /// <summary>Candidate applications scored per line at most (best evidence first); bounds work per line.</summary>
    public int MaxCandidatesPerLine { get; init; } = 40;

    /// <summary>Entries fetched per line from the amount index alone (no party, no document evidence).</summary>
    public int MaxAmountCandidates { get; init; } = 16;

    /// <summary>Parties (customers/vendors) considered per line.</summary>
    public int MaxPartiesPerLine { get; init; } = 8;

    /// <summary>
    /// Open entries of one related party read per line, oldest due date first (Business Central: entries scored; our
    /// rule set: entries read when looking for combinations and open credit memos).
    /// </summary>
    public int MaxEntriesPerParty { get; init; } = 200;

    /// <summary>Open entries of one party tried in the "several invoices in one payment" search (oldest first).</summary>
    public int MaxCombinationEntries { get; init; } = 12;

    /// <summary>Name-index postings read per name token; longer lists (very common words) are skipped as seeds.</summary>
    public int MaxNamePostings { get; init; } = 1000;

    /// <summary>Business Central's original behaviour, for the benchmark baseline.</summary>
    public static MatchingSettings BusinessCentral { get; } = new() { RuleSet = RuleSet.BusinessCentral };

    /// <summary>Our rule set with Business Central's default rule rows and tolerance.</summary>
    public static MatchingSettings Default { get; } = new();
}
