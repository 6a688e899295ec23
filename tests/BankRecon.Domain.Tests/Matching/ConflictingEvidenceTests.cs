using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// Evidence that points two ways must never end in an automatic application: a document number in the text against an
/// amount-only fit, and a name shared by near-namesakes against an amount that other entries share too.
/// </summary>
public sealed class ConflictingEvidenceTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");

    [Fact]
    public void Part_payment_naming_an_invoice_does_not_go_to_another_invoice_of_the_paid_amount()
    {
        var scenario = Ours();
        var named = scenario.Invoice("C1", 1000m, "152019");
        var sameAmount = scenario.Invoice("C1", 500m, "128360");
        scenario.Line(500m, "Teilzahlung Rechnung 152019", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(named);
        var amountOnly = Assert.Single(proposal.Alternatives, a => a.EntryIds().SequenceEqual([sameAmount.EntryId]));
        Assert.Equal(MatchConfidence.Medium, amountOnly.Confidence);
        Assert.Contains("the text names invoice 152019, which this proposal does not apply", amountOnly.Reasons);
    }

    [Fact]
    public void Without_a_number_in_the_text_the_invoice_of_the_paid_amount_is_still_high()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1000m, "152019");
        var sameAmount = scenario.Invoice("C1", 500m, "128360");
        scenario.Line(500m, "Innbetaling", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(sameAmount);
    }

    [Fact]
    public void A_combination_that_leaves_out_the_named_invoice_is_not_high()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 5000m, "163802");
        scenario.Invoice("C1", 1250m, "139886");
        scenario.Invoice("C1", 3000m, "144539");
        scenario.Line(4250m, "fakt.nr 163802", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.All(proposal.Alternatives.Where(a => a.Rule == "Combination of open entries"), a => Assert.NotEqual(MatchConfidence.High, a.Confidence));
    }

    [Fact]
    public void Namesake_with_an_amount_unique_in_the_ledger_is_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Arctic Software Limited").Customer("C4", "Arctic Software Limited");
        scenario.Invoice("C3", 3291.70m);
        var invoice = scenario.Invoice("C4", 3291.72m);
        scenario.Invoice("C3", 500m);
        scenario.Line(3291.72m, "Payment", name: "ARCTIC SOFTWARE LTD");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Similar name and exact amount", proposal.Rule);
        proposal.AppliedTo(invoice);
        Assert.Contains("no other open entry has this amount", proposal.Reasons);
    }

    [Fact]
    public void Namesake_with_an_amount_another_customer_also_has_is_not_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Arctic Software Limited").Customer("C4", "Arctic Software Limited");
        scenario.Invoice("C3", 500m);
        scenario.Invoice("C4", 3291.72m);
        scenario.Invoice("C1", 3291.72m);
        scenario.Line(3291.72m, "Payment", name: "ARCTIC SOFTWARE LTD");

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Fact]
    public void Similar_name_with_a_round_amount_others_share_is_not_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Karlsen Blomster Hamar AS");
        scenario.Invoice("C3", 5000m);
        scenario.Invoice("C1", 5000m);
        scenario.Line(5000m, "Innbetaling", name: "Karlsen Blomster AS");

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Fact]
    public void Unique_name_with_a_near_namesake_and_a_shared_amount_is_not_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Aas & Hagen AS").Customer("C4", "Haugen & Aas AS");
        var wrong = scenario.Invoice("C3", 20000m);
        scenario.Invoice("C4", 20000m);
        scenario.Line(20000m, "Zahlung", name: "Hagen & Aas AS");

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        var offered = proposal.Alternatives.Prepend(null).Select(a => a is null ? proposal.Reasons : a.Reasons);
        Assert.Contains(offered, reasons => reasons.Contains("another customer has a similar name and other open entries have this amount, so the name alone does not decide"));
        Assert.NotNull(wrong);
    }

    [Fact]
    public void Unique_name_with_a_near_namesake_and_an_amount_unique_in_the_ledger_is_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Aas & Hagen AS").Customer("C4", "Haugen & Aas AS");
        var invoice = scenario.Invoice("C3", 20017.45m);
        scenario.Invoice("C4", 20000m);
        scenario.Line(20017.45m, "Zahlung", name: "Hagen & Aas AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    private static MatchScenario Ours() => MatchScenario.Ours()
        .Customer("C1", "Fjordkraft AS", FjordkraftIban);
}
