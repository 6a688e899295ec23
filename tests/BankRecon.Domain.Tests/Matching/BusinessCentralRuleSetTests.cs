using BankRecon.Domain.Matching;
using static BankRecon.Domain.Tests.Matching.ProposalAssertions;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>Business Central's criteria and its 25 default rules, as the benchmark baseline must reproduce them.</summary>
public sealed class BusinessCentralRuleSetTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");

    public static TheoryData<RelatedPartyMatch, DocumentNoMatch, AmountMatch, MatchConfidence, int> RuleTuples => new()
    {
        { RelatedPartyMatch.Fully, DocumentNoMatch.YesMultiple, AmountMatch.OneMatch, MatchConfidence.High, 2 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.YesMultiple, AmountMatch.MultipleMatches, MatchConfidence.High, 3 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.OneMatch, MatchConfidence.High, 4 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.MultipleMatches, MatchConfidence.High, 5 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.YesMultiple, AmountMatch.OneMatch, MatchConfidence.High, 6 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.YesMultiple, AmountMatch.MultipleMatches, MatchConfidence.High, 7 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.Yes, AmountMatch.OneMatch, MatchConfidence.High, 8 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.No, AmountMatch.OneMatch, MatchConfidence.High, 9 },
        { RelatedPartyMatch.No, DocumentNoMatch.YesMultiple, AmountMatch.OneMatch, MatchConfidence.High, 10 },
        { RelatedPartyMatch.No, DocumentNoMatch.YesMultiple, AmountMatch.MultipleMatches, MatchConfidence.High, 11 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.YesMultiple, AmountMatch.NoMatches, MatchConfidence.Medium, 1 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.NoMatches, MatchConfidence.Medium, 2 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.No, AmountMatch.MultipleMatches, MatchConfidence.Medium, 3 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.YesMultiple, AmountMatch.NoMatches, MatchConfidence.Medium, 4 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.Yes, AmountMatch.MultipleMatches, MatchConfidence.Medium, 5 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.Yes, AmountMatch.NoMatches, MatchConfidence.Medium, 5 },
        { RelatedPartyMatch.No, DocumentNoMatch.Yes, AmountMatch.OneMatch, MatchConfidence.Medium, 6 },
        { RelatedPartyMatch.No, DocumentNoMatch.YesMultiple, AmountMatch.NoMatches, MatchConfidence.Medium, 7 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.No, AmountMatch.OneMatch, MatchConfidence.Medium, 8 },
        { RelatedPartyMatch.No, DocumentNoMatch.Yes, AmountMatch.MultipleMatches, MatchConfidence.Medium, 9 },
        { RelatedPartyMatch.No, DocumentNoMatch.Yes, AmountMatch.NoMatches, MatchConfidence.Medium, 9 },
        { RelatedPartyMatch.Fully, DocumentNoMatch.No, AmountMatch.NoMatches, MatchConfidence.Low, 1 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.No, AmountMatch.MultipleMatches, MatchConfidence.Low, 2 },
        { RelatedPartyMatch.Partially, DocumentNoMatch.No, AmountMatch.NoMatches, MatchConfidence.Low, 3 },
        { RelatedPartyMatch.No, DocumentNoMatch.No, AmountMatch.OneMatch, MatchConfidence.Low, 4 },
        { RelatedPartyMatch.No, DocumentNoMatch.No, AmountMatch.MultipleMatches, MatchConfidence.Low, 5 },
    };

    [Theory]
    [MemberData(nameof(RuleTuples))]
    public void Each_criterion_tuple_fires_its_default_rule(
        RelatedPartyMatch party, DocumentNoMatch document, AmountMatch amount, MatchConfidence confidence, int priority)
    {
        var proposal = BuildTuple(party, document, amount).Single();

        Assert.Equal(Rule(confidence, priority), proposal.Rule);
        Assert.Equal(confidence, proposal.Confidence);
        Assert.Equal(confidence != MatchConfidence.High, proposal.ReviewRequired);
        Assert.Equal(PaymentApplicationRule.BusinessCentralDefaults.Single(r => r.Confidence == confidence && r.Priority == priority).Score, proposal.Score);
    }

    [Fact]
    public void Every_default_rule_except_direct_debit_is_reachable_by_some_tuple()
    {
        var reached = RuleTuples.Select(row => ((MatchConfidence)row[3], (int)row[4])).ToHashSet();
        var rows = PaymentApplicationRule.BusinessCentralDefaults.Where(r => r.DirectDebit == DirectDebitMatch.NotConsidered);

        Assert.All(rows, r => Assert.Contains((r.Confidence, r.Priority), reached));
        Assert.Equal(24, rows.Count());
    }

    [Fact]
    public void No_party_no_document_and_no_amount_match_proposes_nothing()
    {
        var proposal = BuildTuple(RelatedPartyMatch.No, DocumentNoMatch.No, AmountMatch.NoMatches).Single();

        Assert.Equal(MatchConfidence.None, proposal.Confidence);
        Assert.Empty(proposal.Applications);
        Assert.Null(proposal.Rule);
    }

    [Fact]
    public void Direct_debit_rule_never_fires_because_lines_carry_no_collections()
    {
        var scenario = BuildTuple(RelatedPartyMatch.Fully, DocumentNoMatch.Yes, AmountMatch.OneMatch);
        var proposal = scenario.Single();

        Assert.NotEqual(Rule(MatchConfidence.High, 1), proposal.Rule);
        Assert.DoesNotContain(proposal.Alternatives, a => a.Rule == Rule(MatchConfidence.High, 1));
    }

    [Fact]
    public void Bank_account_is_compared_without_spaces_or_case()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", "NO93 8601 1117 947");
        var invoice = scenario.Invoice("C1", 1250m, "103456");
        scenario.Line(1250m, "Betaling", account: "no9386011117947");

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 9), proposal.Rule);
        proposal.AppliedTo(invoice);
        Assert.Contains(proposal.Reasons, r => r.Contains("IBAN NO93 8601 1117 947 belongs to customer C1 Fjordkraft AS", StringComparison.Ordinal));
    }

    [Fact]
    public void Unique_near_name_is_upgraded_to_fully()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS").Customer("C2", "Havbris AS");
        var invoice = scenario.Invoice("C1", 1250m);
        scenario.Line(1250m, "Betaling", name: "FJORDKRAFT AS");

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 9), proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Name_shorter_than_65_percent_of_the_customer_name_is_not_compared()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft Energi AS");
        scenario.Invoice("C1", 1250m);
        scenario.Line(1000m, "Betaling", name: "Fjordkraft");

        Assert.Equal(MatchConfidence.None, scenario.Single().Confidence);
    }

    [Fact]
    public void Name_below_95_percent_nearness_is_no_match()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        scenario.Invoice("C1", 1250m);
        scenario.Line(1000m, "Betaling", name: "Fjordkarft AS");

        Assert.Equal(MatchConfidence.None, scenario.Single().Confidence);
    }

    [Fact]
    public void Name_with_city_and_address_is_fully_even_when_not_unique()
    {
        var scenario = MatchScenario.BusinessCentral()
            .Customer("C1", "Fjordkraft", address: "Folke Bernadottes vei 38", city: "Bergen")
            .Customer("C2", "Fjordkraft Nord-Norge AS");
        var invoice = scenario.Invoice("C1", 1250m);
        scenario.Invoice("C2", 77m);
        scenario.Line(1250m, "Betaling", name: "Fjordkraft", address: "Folke Bernadottes vei 38", city: "Bergen");

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 9), proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Exact_with_permutations_accepts_the_first_word_moved_to_the_end()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Ola Nordmann");
        scenario.Settings = scenario.Settings with { NameMatching = NameMatching.ExactWithPermutations };
        var invoice = scenario.Invoice("C1", 700m);
        scenario.Line(700m, "Betaling", name: "NORDMANN OLA");

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 9), proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Disabled_name_matching_ignores_the_name()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        scenario.Settings = scenario.Settings with { NameMatching = NameMatching.Disabled };
        scenario.Invoice("C1", 1250m);
        scenario.Line(1250m, "Betaling", name: "Fjordkraft AS");

        Assert.Equal(Rule(MatchConfidence.Low, 4), scenario.Single().Rule);
    }

    [Fact]
    public void Name_in_the_transaction_text_counts_when_the_name_field_is_empty()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        var invoice = scenario.Invoice("C1", 1250m);
        scenario.Line(1250m, "Innbetaling fra Fjordkraft AS");

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 9), proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Theory]
    [InlineData("Faktura 1042", true)]
    [InlineData("Faktura:1042.", true)]
    [InlineData("Faktura 10425", false)]
    [InlineData("Faktura A1042", false)]
    [InlineData("Ref X1042 og 1042", false)]   // BC tests only the first occurrence
    public void Document_number_is_a_token_of_at_least_four_characters(string text, bool found)
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        scenario.Invoice("C1", 1250m, "1042");
        scenario.Line(999m, text);

        var proposal = scenario.Single();

        Assert.Equal(found ? Rule(MatchConfidence.Medium, 9) : null, proposal.Rule);
    }

    [Fact]
    public void Document_number_shorter_than_four_characters_never_matches()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS");
        scenario.Invoice("C1", 1250m, "104");
        scenario.Line(999m, "Faktura 104");

        Assert.Equal(MatchConfidence.None, scenario.Single().Confidence);
    }

    [Fact]
    public void External_document_number_counts_as_document_match()
    {
        var scenario = MatchScenario.BusinessCentral().Vendor("V1", "Telenor Norge AS", FjordkraftIban);
        var invoice = scenario.Invoice("V1", 999m, "V-77", externalDocumentNo: "INV998877");
        scenario.Line(-999m, "Faktura INV998877", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.High, 4), proposal.Rule);
        Assert.Equal(-999m, proposal.AmountFor(invoice));
        Assert.Equal(new MatchAccount(MatchAccountType.Vendor, "V1"), proposal.Account);
    }

    [Fact]
    public void Payment_discount_counts_until_the_discount_date()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        var invoice = scenario.Invoice("C1", 1000m, discountDate: MatchScenario.StatementDate, discount: 20m);
        scenario.Line(980m, "Betaling", account: FjordkraftIban);
        scenario.Line(980m, "Betaling", account: FjordkraftIban, date: MatchScenario.StatementDate.AddDays(1));

        var result = scenario.Run();

        Assert.Equal(Rule(MatchConfidence.High, 9), result.Proposals[0].Rule);
        Assert.Equal(new ProposedApplication(invoice.EntryId, 980m, 20m), result.Proposals[0].Applications.Single());
        Assert.NotEqual(MatchConfidence.High, result.Proposals[1].Confidence);
    }

    [Fact]
    public void Entry_with_the_opposite_sign_is_never_a_candidate()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        scenario.Invoice("C1", 1250m, "103456");
        scenario.Line(-1250m, "Faktura 103456", account: FjordkraftIban);

        Assert.Equal(MatchConfidence.None, scenario.Single().Confidence);
    }

    [Fact]
    public void Payment_dated_before_the_entry_posting_date_is_never_matched()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        scenario.Invoice("C1", 1250m, "103456", postingDate: MatchScenario.StatementDate.AddDays(1));
        scenario.Line(1250m, "Faktura 103456", account: FjordkraftIban);

        Assert.Equal(MatchConfidence.None, scenario.Single().Confidence);
    }

    [Theory]
    [InlineData(ToleranceType.Amount, 20, 985, true)]
    [InlineData(ToleranceType.Amount, 10, 985, false)]
    [InlineData(ToleranceType.Percentage, 2, 985, true)]
    [InlineData(ToleranceType.Percentage, 1, 985, false)]
    public void Amount_band_comes_from_the_tolerance(ToleranceType type, int value, int paid, bool inBand)
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        scenario.Settings = scenario.Settings with { ToleranceType = type, ToleranceValue = value };
        var invoice = scenario.Invoice("C1", 1000m);
        scenario.Line(paid, "Betaling", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(inBand ? Rule(MatchConfidence.High, 9) : Rule(MatchConfidence.Low, 1), proposal.Rule);
        Assert.Equal(paid, proposal.AmountFor(invoice));
    }

    [Fact]
    public void One_match_is_counted_across_all_customers_not_only_the_related_one()
    {
        var scenario = MatchScenario.BusinessCentral()
            .Customer("C1", "Fjordkraft AS", FjordkraftIban)
            .Customer("C2", "Havbris AS");
        scenario.Invoice("C1", 1250m);
        scenario.Invoice("C2", 1250m);
        scenario.Line(1250m, "Betaling", account: FjordkraftIban);

        Assert.Equal(Rule(MatchConfidence.Medium, 3), scenario.Single().Rule);
    }

    [Fact]
    public void Best_scored_line_gets_the_entry_and_the_other_line_falls_back()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        var invoice = scenario.Invoice("C1", 1250m, "103456");
        var older = scenario.Invoice("C1", 300m, "103400");
        scenario.Line(1250m, "Betaling");                                    // Low 4 on the invoice
        scenario.Line(1250m, "Faktura 103456", account: FjordkraftIban);     // High 4 on the same invoice

        var result = scenario.Run();

        result.Proposals[1].AppliedTo(invoice);
        Assert.Equal(MatchConfidence.High, result.Proposals[1].Confidence);
        Assert.DoesNotContain(invoice.EntryId, result.Proposals[0].EntryIds());
        Assert.NotNull(older);
    }

    [Fact]
    public void Yes_multiple_group_is_applied_in_due_date_order_until_the_line_is_used_up()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        var later = scenario.Invoice("C1", 800m, "103457", dueDate: MatchScenario.StatementDate);
        var earlier = scenario.Invoice("C1", 1250m, "103456", dueDate: MatchScenario.StatementDate.AddDays(-5));
        scenario.Line(1500m, "Faktura 103456 103457", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.Medium, 1), proposal.Rule);
        Assert.Equal(1250m, proposal.AmountFor(earlier));
        Assert.Equal(250m, proposal.AmountFor(later));
    }

    [Fact]
    public void Text_mapping_scores_3000_and_maps_by_sign()
    {
        var scenario = MatchScenario.BusinessCentral();
        scenario.Settings = scenario.Settings with { TextMappings = [TextToAccountMapping.ToGlAccounts("Gebyr", "8040", "7770")] };
        scenario.Line(-35m, "GEBYR NETTBANK");
        scenario.Line(12m, "Gebyr refusjon");

        var result = scenario.Run();

        Assert.Equal(new MatchAccount(MatchAccountType.GlAccount, "7770"), result.Proposals[0].Account);
        Assert.Equal(new MatchAccount(MatchAccountType.GlAccount, "8040"), result.Proposals[1].Account);
        Assert.All(result.Proposals, p => Assert.Equal(MatchingEngine.TextMappingScore, p.Score));
        Assert.All(result.Proposals, p => Assert.Equal(0m, p.Difference));
    }

    [Fact]
    public void High_rule_overrides_a_text_mapping_but_the_mapping_overrides_medium()
    {
        var scenario = MatchScenario.BusinessCentral().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        scenario.Settings = scenario.Settings with { TextMappings = [TextToAccountMapping.ToAccount("Strøm", new MatchAccount(MatchAccountType.Vendor, "V9"))] };
        var invoice = scenario.Invoice("C1", 1250m, "103456");
        scenario.Line(1250m, "Strøm faktura 103456", account: FjordkraftIban);   // High 4
        scenario.Line(999m, "Strøm faktura 103456");                           // Medium 9 < mapping

        var result = scenario.Run();

        result.Proposals[0].AppliedTo(invoice);
        Assert.Equal(new MatchAccount(MatchAccountType.Vendor, "V9"), result.Proposals[1].Account);
    }

    /// <summary>
    /// C1 "Fjordkraft" owns the IBAN and invoices 103456 (1250) and 103457 (800); C2 "Fjordkraft Nord-Norge AS" makes the name
    /// "Fjordkraft" non-unique (so a name match stays Partially; parties are known only through open entries, so it has
    /// one) while being too long for the payer name "Fjordkraft" to pass BC's 65 % length check against it; C3 carries a same-amount entry for Multiple matches.
    /// </summary>
    private static MatchScenario BuildTuple(RelatedPartyMatch party, DocumentNoMatch document, AmountMatch amount)
    {
        var scenario = MatchScenario.BusinessCentral()
            .Customer("C1", "Fjordkraft", FjordkraftIban)
            .Customer("C2", "Fjordkraft Nord-Norge AS")
            .Customer("C3", "Havbris AS");
        scenario.Invoice("C1", 1250m, "103456");
        scenario.Invoice("C1", 800m, "103457");
        scenario.Invoice("C2", 77m, "555001");    // parties are known through their open entries
        var target = document == DocumentNoMatch.YesMultiple ? 2050m : 1250m;
        if (amount == AmountMatch.MultipleMatches) scenario.Invoice("C3", target, "999001");
        var text = document switch
        {
            DocumentNoMatch.Yes => "Faktura 103456",
            DocumentNoMatch.YesMultiple => "Faktura 103456 og 103457",
            _ => "Betaling",
        };
        scenario.Line(
            amount == AmountMatch.NoMatches ? target - 50m : target,
            text,
            name: party == RelatedPartyMatch.Partially ? "Fjordkraft" : null,
            account: party == RelatedPartyMatch.Fully ? FjordkraftIban : null);
        return scenario;
    }
}
