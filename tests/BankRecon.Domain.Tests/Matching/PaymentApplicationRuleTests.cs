using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

public sealed class PaymentApplicationRuleTests
{
    [Fact]
    public void Default_rules_are_the_25_rows_of_business_central()
    {
        var rules = PaymentApplicationRule.BusinessCentralDefaults;

        Assert.Equal(25, rules.Count);
        Assert.Equal(11, rules.Count(r => r.Confidence == MatchConfidence.High));
        Assert.Equal(9, rules.Count(r => r.Confidence == MatchConfidence.Medium));
        Assert.Equal(5, rules.Count(r => r.Confidence == MatchConfidence.Low));
        Assert.Equal(4, rules.Count(r => r.ApplyImmediately));
        Assert.All(rules, r => Assert.Equal(r.Confidence != MatchConfidence.High, r.ReviewRequired));
    }

    [Theory]
    [InlineData(MatchConfidence.High, 1, 3999)]
    [InlineData(MatchConfidence.High, 11, 3989)]
    [InlineData(MatchConfidence.Medium, 1, 2999)]
    [InlineData(MatchConfidence.Low, 5, 1995)]
    public void Score_is_confidence_plus_one_thousands_minus_priority(MatchConfidence confidence, int priority, int score) =>
        Assert.Equal(score, PaymentApplicationRule.BusinessCentralDefaults.Single(r => r.Confidence == confidence && r.Priority == priority).Score);

    [Fact]
    public void Text_mapping_score_sits_between_medium_and_high()
    {
        var rules = PaymentApplicationRule.BusinessCentralDefaults;

        Assert.True(MatchingEngine.TextMappingScore > rules.Where(r => r.Confidence == MatchConfidence.Medium).Max(r => r.Score));
        Assert.True(MatchingEngine.TextMappingScore < rules.Where(r => r.Confidence == MatchConfidence.High).Min(r => r.Score));
    }

    [Fact]
    public void Not_considered_accepts_any_value_and_other_criteria_must_be_equal()
    {
        var rule = new PaymentApplicationRule(MatchConfidence.Medium, 2, RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.NotConsidered);

        Assert.True(rule.Accepts(RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.NoMatches, DirectDebitMatch.NotConsidered));
        Assert.False(rule.Accepts(RelatedPartyMatch.Partially, DocumentNoMatch.Yes, AmountMatch.NoMatches, DirectDebitMatch.NotConsidered));
        Assert.Equal("BC Medium 2: party Fully, document Yes, amount not considered", rule.Describe());
    }

    [Fact]
    public void Custom_rule_table_changes_the_outcome()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        scenario.Settings = scenario.Settings with
        {
            Rules = [new PaymentApplicationRule(MatchConfidence.Medium, 1, RelatedPartyMatch.NotConsidered, DocumentNoMatch.No, AmountMatch.OneMatch)],
        };
        scenario.Invoice("C1", 1250m);
        scenario.Line(1250m, "Betaling");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        Assert.Equal("BC Medium 1: party not considered, document No, amount One match", proposal.Rule);
    }
}
