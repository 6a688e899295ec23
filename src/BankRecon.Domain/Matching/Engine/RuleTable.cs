namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// The best-scoring rule for every (party, document, amount) criterion tuple, precomputed from the rule rows
/// (Business Central's GetBestMatchScore). The direct-debit criterion of our lines is always Not Considered.
/// </summary>
internal sealed class RuleTable
{
    private readonly PaymentApplicationRule?[] _best = new PaymentApplicationRule?[4 * 4 * 4];

    // each rule's name, made once per run: every candidate a rule decides carries it (and each proposal after it)
    private readonly Dictionary<PaymentApplicationRule, (string Ours, string BusinessCentral)> _names = new(ReferenceEqualityComparer.Instance);

    public RuleTable(IReadOnlyList<PaymentApplicationRule> rules)
    {
        MinimumScore = int.MaxValue;
        foreach (var rule in rules)
        {
            if (rule.Confidence != MatchConfidence.None) MinimumScore = Math.Min(MinimumScore, rule.Score);
        }

        foreach (var party in new[] { RelatedPartyMatch.Fully, RelatedPartyMatch.Partially, RelatedPartyMatch.No })
        {
            foreach (var document in new[] { DocumentNoMatch.Yes, DocumentNoMatch.YesMultiple, DocumentNoMatch.No })
            {
                foreach (var amount in new[] { AmountMatch.OneMatch, AmountMatch.MultipleMatches, AmountMatch.NoMatches })
                {
                    PaymentApplicationRule? best = null;
                    foreach (var rule in rules)
                    {
                        if (!rule.Accepts(party, document, amount, DirectDebitMatch.NotConsidered)) continue;
                        // equal scores: the first row in table order wins (BC's key order)
                        if (best is null || rule.Score > best.Score) best = rule;
                    }

                    _best[Slot(party, document, amount)] = best;
                    if (best is not null && !_names.ContainsKey(best)) _names.Add(best, (best.Describe(OurPrefix), best.Describe()));
                }
            }
        }
    }

    /// <summary>How our rule set names a Business Central rule it applies ("Rule High 4: …").</summary>
    public const string OurPrefix = "Rule";

    /// <summary><see cref="PaymentApplicationRule.Describe"/> of a rule this table returned, with our prefix or Business Central's.</summary>
    public string NameOf(PaymentApplicationRule rule, bool ours) =>
        _names.TryGetValue(rule, out var names) ? (ours ? names.Ours : names.BusinessCentral) : rule.Describe(ours ? OurPrefix : "BC");

    /// <summary>Lowest score of any rule above None: candidates below it are dropped.</summary>
    public int MinimumScore { get; }

    /// <summary>The winning rule for the tuple, or null when none applies or it is below the minimum score.</summary>
    public PaymentApplicationRule? Best(RelatedPartyMatch party, DocumentNoMatch document, AmountMatch amount)
    {
        var rule = _best[Slot(party, document, amount)];
        return rule is not null && rule.Score >= MinimumScore && rule.Confidence != MatchConfidence.None ? rule : null;
    }

    private static int Slot(RelatedPartyMatch party, DocumentNoMatch document, AmountMatch amount) =>
        ((int)party * 4 + (int)document) * 4 + (int)amount;
}
