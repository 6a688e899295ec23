using System.Globalization;

namespace BankRecon.Domain.Matching;

/// <summary>
/// One row of Business Central's Payment Application Rules (table 1252): if a statement line and an open entry meet
/// every criterion that is not <c>NotConsidered</c>, the pair gets this rule's confidence and score.
/// </summary>
public sealed record PaymentApplicationRule(
    MatchConfidence Confidence,
    int Priority,
    RelatedPartyMatch RelatedParty,
    DocumentNoMatch DocumentNo,
    AmountMatch AmountInclTolerance,
    DirectDebitMatch DirectDebit = DirectDebitMatch.NotConsidered,
    bool ReviewRequired = false,
    bool ApplyImmediately = false)
{
    /// <summary>Business Central's ranking: <c>(Confidence + 1) * 1000 - Priority</c>; higher wins.</summary>
    public int Score => ((int)Confidence + 1) * 1000 - Priority;

    /// <summary>The 25 rows Business Central inserts by default (11 High, 9 Medium, 5 Low), in table order.</summary>
    public static IReadOnlyList<PaymentApplicationRule> BusinessCentralDefaults { get; } = CreateDefaults();

    /// <summary>True when this rule's criteria accept the given criterion values.</summary>
    public bool Accepts(RelatedPartyMatch party, DocumentNoMatch document, AmountMatch amount, DirectDebitMatch directDebit) =>
        (RelatedParty == RelatedPartyMatch.NotConsidered || RelatedParty == party)
        && (DocumentNo == DocumentNoMatch.NotConsidered || DocumentNo == document)
        && (AmountInclTolerance == AmountMatch.NotConsidered || AmountInclTolerance == amount)
        && (DirectDebit == DirectDebitMatch.NotConsidered || DirectDebit == directDebit);

    /// <summary>
    /// Readable name, e.g. "BC High 4: party Fully, document Yes, amount One match". The web shows it in the reader's
    /// language by its pattern (<c>MatchRules</c>): a change of wording here needs one there (a test says so).
    /// </summary>
    public string Describe(string prefix = "BC") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{prefix} {Confidence} {Priority}: party {Text(RelatedParty)}, document {Text(DocumentNo)}, amount {Text(AmountInclTolerance)}")
        + (DirectDebit == DirectDebitMatch.NotConsidered ? "" : ", direct debit " + DirectDebit.ToString());

    internal static string Text(RelatedPartyMatch value) => value switch
    {
        RelatedPartyMatch.NotConsidered => "not considered",
        RelatedPartyMatch.Fully => "Fully",
        RelatedPartyMatch.Partially => "Partially",
        RelatedPartyMatch.No => "No",
        _ => value.ToString(),
    };

    internal static string Text(DocumentNoMatch value) => value switch
    {
        DocumentNoMatch.NotConsidered => "not considered",
        DocumentNoMatch.Yes => "Yes",
        DocumentNoMatch.YesMultiple => "Yes - Multiple",
        DocumentNoMatch.No => "No",
        _ => value.ToString(),
    };

    internal static string Text(AmountMatch value) => value switch
    {
        AmountMatch.NotConsidered => "not considered",
        AmountMatch.OneMatch => "One match",
        AmountMatch.MultipleMatches => "Multiple matches",
        AmountMatch.NoMatches => "No matches",
        _ => value.ToString(),
    };

    private static PaymentApplicationRule[] CreateDefaults()
    {
        const RelatedPartyMatch NC = RelatedPartyMatch.NotConsidered, Fully = RelatedPartyMatch.Fully,
            Partially = RelatedPartyMatch.Partially, NoParty = RelatedPartyMatch.No;
        const DocumentNoMatch DocNC = DocumentNoMatch.NotConsidered, Yes = DocumentNoMatch.Yes,
            Multi = DocumentNoMatch.YesMultiple, NoDoc = DocumentNoMatch.No;
        const AmountMatch AmtNC = AmountMatch.NotConsidered, One = AmountMatch.OneMatch,
            Many = AmountMatch.MultipleMatches, None = AmountMatch.NoMatches;
        const MatchConfidence H = MatchConfidence.High, M = MatchConfidence.Medium, L = MatchConfidence.Low;

        // Exact values of BC's InsertDefaultMatchingRules() (spec section (b)); Review Required is true for every
        // rule below High, Apply Immediately only for the first four High rows.
        return
        [
            new(H, 1, NC, DocNC, AmtNC, DirectDebitMatch.Yes, ReviewRequired: false, ApplyImmediately: true),
            new(H, 2, Fully, Multi, One, ReviewRequired: false, ApplyImmediately: true),
            new(H, 3, Fully, Multi, Many, ReviewRequired: false, ApplyImmediately: true),
            new(H, 4, Fully, Yes, One, ReviewRequired: false, ApplyImmediately: true),
            new(H, 5, Fully, Yes, Many),
            new(H, 6, Partially, Multi, One),
            new(H, 7, Partially, Multi, Many),
            new(H, 8, Partially, Yes, One),
            new(H, 9, Fully, NoDoc, One),
            new(H, 10, NoParty, Multi, One),
            new(H, 11, NoParty, Multi, Many),
            new(M, 1, Fully, Multi, AmtNC, ReviewRequired: true),
            new(M, 2, Fully, Yes, AmtNC, ReviewRequired: true),
            new(M, 3, Fully, NoDoc, Many, ReviewRequired: true),
            new(M, 4, Partially, Multi, AmtNC, ReviewRequired: true),
            new(M, 5, Partially, Yes, AmtNC, ReviewRequired: true),
            new(M, 6, NoParty, Yes, One, ReviewRequired: true),
            new(M, 7, NoParty, Multi, AmtNC, ReviewRequired: true),
            new(M, 8, Partially, NoDoc, One, ReviewRequired: true),
            new(M, 9, NoParty, Yes, AmtNC, ReviewRequired: true),
            new(L, 1, Fully, NoDoc, None, ReviewRequired: true),
            new(L, 2, Partially, NoDoc, Many, ReviewRequired: true),
            new(L, 3, Partially, NoDoc, None, ReviewRequired: true),
            new(L, 4, NoParty, NoDoc, One, ReviewRequired: true),
            new(L, 5, NoParty, NoDoc, Many, ReviewRequired: true),
        ];
    }
}
