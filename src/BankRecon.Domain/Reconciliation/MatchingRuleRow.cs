using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// A stored payment application rule (BC's "Bank Pmt. Appl. Rule"), editable by an administrator and seeded with
/// Business Central's 25 defaults.
/// </summary>
public sealed class MatchingRuleRow : Entity
{
    private MatchingRuleRow() { }

    public MatchingRuleRow(PaymentApplicationRule rule) => Set(rule);

    public MatchConfidence Confidence { get; private set; }

    public int Priority { get; private set; }

    public RelatedPartyMatch RelatedParty { get; private set; }

    public DocumentNoMatch DocumentNo { get; private set; }

    public AmountMatch AmountInclTolerance { get; private set; }

    public DirectDebitMatch DirectDebit { get; private set; }

    public bool ReviewRequired { get; private set; }

    public bool ApplyImmediately { get; private set; }

    public void Set(PaymentApplicationRule rule)
    {
        if (rule.Priority is < 1 or > 999) throw new DomainException("The priority must be between 1 and 999.");
        Confidence = rule.Confidence;
        Priority = rule.Priority;
        RelatedParty = rule.RelatedParty;
        DocumentNo = rule.DocumentNo;
        AmountInclTolerance = rule.AmountInclTolerance;
        DirectDebit = rule.DirectDebit;
        ReviewRequired = rule.ReviewRequired;
        ApplyImmediately = rule.ApplyImmediately;
    }

    public PaymentApplicationRule ToRule() =>
        new(Confidence, Priority, RelatedParty, DocumentNo, AmountInclTolerance, DirectDebit, ReviewRequired, ApplyImmediately);
}
