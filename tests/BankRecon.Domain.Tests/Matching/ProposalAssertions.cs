using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

internal static class ProposalAssertions
{
    public static string Rule(MatchConfidence confidence, int priority) =>
        PaymentApplicationRule.BusinessCentralDefaults.Single(r => r.Confidence == confidence && r.Priority == priority).Describe();

    public static string[] EntryIds(this LineProposal proposal) => [.. proposal.Applications.Select(a => a.EntryId)];

    public static string[] EntryIds(this MatchAlternative alternative) => [.. alternative.Applications.Select(a => a.EntryId)];

    public static void AppliedTo(this LineProposal proposal, params OpenEntry[] entries) =>
        Assert.Equal(entries.Select(e => e.EntryId).Order(StringComparer.Ordinal), proposal.EntryIds().Order(StringComparer.Ordinal));

    public static decimal AmountFor(this LineProposal proposal, OpenEntry entry) =>
        proposal.Applications.Single(a => a.EntryId == entry.EntryId).Amount;
}
