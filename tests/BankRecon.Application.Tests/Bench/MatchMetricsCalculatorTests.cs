using BankRecon.Application.Bench;

namespace BankRecon.Application.Tests.Bench;

public sealed class MatchMetricsCalculatorTests
{
    private static PredictedCandidate High(params EntryAmount[] applications) => new(PredictedConfidence.High, applications);

    private static PredictedCandidate Medium(params EntryAmount[] applications) => new(PredictedConfidence.Medium, applications);

    [Fact]
    public void Hand_made_case_gives_the_hand_computed_metrics()
    {
        LineTruth[] truth =
        [
            new(0, 0, ScenarioKind.Reference, [], [new("E1", 100.00m)]),
            new(0, 1, ScenarioKind.Reference, [], [new("E2", 200.00m)]),
            new(0, 2, ScenarioKind.MultiInvoice, [], [new("E3", 50.00m), new("E4", 25.00m)]),
            new(0, 3, ScenarioKind.Partial, [], [new("E5", 40.00m)]),
            new(0, 4, ScenarioKind.Unmatched, [], []),
            new(0, 5, ScenarioKind.Unmatched, [], []),
        ];
        LinePrediction[] predictions =
        [
            // Right, High, amount off by less than a cent.
            new(0, 0, High(new EntryAmount("E1", 100.005m)), []),
            // Wrong High; the truth is the second alternative.
            new(0, 1, High(new EntryAmount("E9", 200.00m)), [Medium(new EntryAmount("E8", 200.00m)), Medium(new EntryAmount("E2", 200.00m))]),
            // Only one of two invoices: wrong; the full pair is the fourth candidate, outside the top 3.
            new(0, 2, Medium(new EntryAmount("E3", 75.00m)), [Medium(new EntryAmount("E4", 75.00m)), Medium(new EntryAmount("E7", 75.00m)), Medium(new EntryAmount("E3", 50.00m), new EntryAmount("E4", 25.00m))]),
            // Right entry, wrong amount (the whole invoice instead of the part paid).
            new(0, 3, High(new EntryAmount("E5", 400.00m)), [Medium(new EntryAmount("E5", 40.00m))]),
            // Unmatched line left alone: correct.
            new(0, 4, PredictedCandidate.Nothing, []),
            // Unmatched line auto-applied: a wrong High.
            new(0, 5, High(new EntryAmount("E6", 10.00m)), []),
        ];

        var metrics = MatchMetricsCalculator.Compute(truth, predictions).Total;

        Assert.Equal(6, metrics.Lines);
        Assert.Equal(4, metrics.Matchable);
        Assert.Equal(4, metrics.High);
        Assert.Equal(1, metrics.HighCorrect);
        Assert.Equal(3, metrics.HighWrong);
        Assert.Equal(0.25, metrics.HighPrecision);
        Assert.Equal(3, metrics.MatchableHigh);
        Assert.Equal(0.75, metrics.AutoApplyShare);
        Assert.Equal(0.25, metrics.CorrectAutoApplyShare);
        // Lines 0, 1 and 3 have the truth in their top 3; line 2 does not.
        Assert.Equal(3, metrics.Top3Hits);
        Assert.Equal(0.75, metrics.Top3Recall);
        Assert.Equal(0.5, metrics.WrongHighShare);
        // Proposal correct: line 0 and line 4.
        Assert.Equal(2, metrics.ProposalCorrect);
        Assert.Equal(1, metrics.NoProposal);
    }

    [Fact]
    public void Breakdown_groups_lines_by_scenario_and_trait()
    {
        LineTruth[] truth =
        [
            new(0, 0, ScenarioKind.Reference, ["name-typo"], [new("E1", 1.00m)]),
            new(0, 1, ScenarioKind.Reference, ["name-exact"], [new("E2", 2.00m)]),
            new(0, 2, ScenarioKind.Unmatched, ["fee"], []),
        ];
        LinePrediction[] predictions =
        [
            new(0, 0, High(new EntryAmount("E1", 1.00m)), []),
            new(0, 1, PredictedCandidate.Nothing, []),
        ];

        var metrics = MatchMetricsCalculator.Compute(truth, predictions);

        var reference = Assert.Single(metrics.ByScenario, p => p.Key == ScenarioKind.Reference).Value;
        Assert.Equal(2, reference.Lines);
        Assert.Equal(1, reference.HighCorrect);
        Assert.Equal(1, reference.NoProposal);
        var unmatched = Assert.Single(metrics.ByScenario, p => p.Key == ScenarioKind.Unmatched).Value;
        Assert.Equal(1, unmatched.ProposalCorrect);
        Assert.Equal(1, Assert.Single(metrics.ByTrait, p => p.Key == "name-typo").Value.HighCorrect);
        Assert.Equal(0, Assert.Single(metrics.ByTrait, p => p.Key == "name-exact").Value.High);
    }

    [Theory]
    [InlineData("100.00", "100.01", true)]
    [InlineData("100.00", "100.02", false)]
    [InlineData("100.00", "99.99", true)]
    public void Amounts_count_as_equal_within_one_cent(string expected, string actual, bool correct)
    {
        var truth = new[] { new EntryAmount("E1", decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)) };
        var candidate = new[] { new EntryAmount("E1", decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)) };

        Assert.Equal(correct, MatchMetricsCalculator.IsCorrect(truth, candidate));
    }

    [Fact]
    public void Split_applications_to_one_entry_are_summed_before_comparing()
    {
        var truth = new[] { new EntryAmount("E1", 100.00m) };
        var candidate = new[] { new EntryAmount("E1", 60.00m), new EntryAmount("E1", 40.00m) };

        Assert.True(MatchMetricsCalculator.IsCorrect(truth, candidate));
        Assert.False(MatchMetricsCalculator.IsCorrect(truth, [new EntryAmount("E1", 100.00m), new EntryAmount("E2", 0.50m)]));
    }
}
