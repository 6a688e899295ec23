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

    /// <summary>
    /// Entries fetched per line from the amount index alone (no party, no document evidence); an amount more entries
    /// share gives none. 8 changed no result against 16 on the benchmark data and reads half as much on a large ledger.
    /// </summary>
    public int MaxAmountCandidates { get; init; } = 8;

    /// <summary>Parties (customers/vendors) considered per line.</summary>
    public int MaxPartiesPerLine { get; init; } = 8;

    /// <summary>
    /// Open entries of one related party read per line, oldest due date first (Business Central: entries scored; our
    /// rule set: entries read when looking for combinations and open credit memos).
    /// </summary>
    public int MaxEntriesPerParty { get; init; } = 200;

    /// <summary>Open entries of one party tried in the "several invoices in one payment" search (oldest first).</summary>
    public int MaxCombinationEntries { get; init; } = 12;

    /// <summary>
    /// Name-index postings read per name token; longer lists (very common words) are skipped as seeds, and the list of
    /// parties with exactly the payer's name is read up to this many. 500 changed no result against 1000 on the
    /// benchmark data and keeps the work per line flat as the ledger grows.
    /// </summary>
    public int MaxNamePostings { get; init; } = 500;

    /// <summary>Business Central's original behaviour, for the benchmark baseline.</summary>
    /// <remarks>
    /// Keeps the search bounds the baseline was first measured with (16 amount candidates, name lists up to 1000): Business
    /// Central has no "an amount shared by more entries says nothing" rule, so its results depend on them.
    /// </remarks>
    public static MatchingSettings BusinessCentral { get; } = new() { RuleSet = RuleSet.BusinessCentral, MaxAmountCandidates = 16, MaxNamePostings = 1000 };

    /// <summary>Our rule set with Business Central's default rule rows and tolerance.</summary>
    public static MatchingSettings Default { get; } = new();
}
