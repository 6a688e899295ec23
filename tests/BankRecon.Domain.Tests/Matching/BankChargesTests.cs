using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// An invoice paid in full, less what a bank deducted on the way: the invoice is closed, the difference is bank
/// charges, and the proposal says so. Only decisive document evidence and a recognised payer make it automatic.
/// </summary>
public sealed class BankChargesTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");
    private static readonly string Kid = MatchScenario.Kid("001034567");

    [Fact]
    public void Charges_the_bank_reports_close_the_named_invoice_automatically()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(975m, "Faktura 103456", account: FjordkraftIban, charges: 25m);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Document number, less bank charges", proposal.Rule);
        Assert.Equal(new ProposedApplication(invoice.EntryId, 975m, 0m, 25m), proposal.Applications.Single());
        Assert.Equal(0m, proposal.Difference);
        Assert.Contains(proposal.Reasons, r => r.Contains("the bank reports charges of 25.00 NOK", StringComparison.Ordinal));
    }

    [Fact]
    public void Reported_charges_above_the_allowance_still_count()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1150m, "103456");
        scenario.Line(977.50m, "Rechnung 103456", account: FjordkraftIban, charges: 172.50m);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(172.50m, proposal.Applications.Single().BankCharges);
        Assert.Equal(invoice.EntryId, proposal.Applications.Single().EntryId);
    }

    [Fact]
    public void A_small_unreported_shortfall_within_the_allowance_is_bank_charges()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 2000m, "103456");
        scenario.Line(1970m, "Faktura 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(new ProposedApplication(invoice.EntryId, 1970m, 0m, 30m), proposal.Applications.Single());
        Assert.Contains(proposal.Reasons, r => r.Contains("within the bank charges allowance (at most 100 NOK and 5 %)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(850)]     // 150 short: more than 100 NOK
    [InlineData(185)]     // 15 short of 200: more than 5 %
    public void A_shortfall_beyond_the_allowance_is_a_part_payment_for_review(int paid)
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", paid > 500 ? 1000m : 200m, "103456");
        scenario.Line(paid, "Faktura 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        Assert.Equal(new ProposedApplication(invoice.EntryId, paid, 0m, 0m), proposal.Applications.Single());
    }

    [Fact]
    public void With_the_allowance_off_only_reported_charges_count()
    {
        var scenario = Ours();
        scenario.Settings = scenario.Settings with { BankChargesMaxAmount = 0m };
        scenario.Invoice("C1", 2000m, "103456");
        scenario.Line(1970m, "Faktura 103456", account: FjordkraftIban);

        Assert.Equal(MatchConfidence.Medium, scenario.Single().Confidence);
    }

    [Fact]
    public void Charges_without_a_recognised_payer_need_review()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(975m, "Faktura 103456", name: "Ukjent Betaler AS");

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Structured_reference_with_reported_charges_is_high_even_from_an_unknown_payer()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, paymentReference: Kid);
        scenario.Line(950m, reference: Kid, charges: 50m);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Structured reference, less bank charges", proposal.Rule);
        Assert.Equal(50m, proposal.Applications.Single().BankCharges);
        Assert.Equal(invoice.EntryId, proposal.Applications.Single().EntryId);
    }

    [Fact]
    public void Structured_reference_short_without_reported_charges_or_payer_needs_review()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1000m, paymentReference: Kid);
        scenario.Line(980m, reference: Kid);

        Assert.Equal(MatchConfidence.Medium, scenario.Single().Confidence);
    }

    [Fact]
    public void Charges_close_the_invoice_so_a_second_payment_cannot_apply_to_it()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(975m, "Faktura 103456", account: FjordkraftIban, charges: 25m);
        scenario.Line(25m, "Faktura 103456 rest", account: FjordkraftIban);

        var result = scenario.Run();

        var closed = result.Proposals.SelectMany(p => p.Applications).Where(a => a.EntryId == invoice.EntryId).Sum(a => a.Amount + a.PaymentDiscount + a.BankCharges);
        Assert.True(closed <= 1000m);
    }

    [Fact]
    public void Business_central_leaves_charges_to_its_tolerance_setting()
    {
        var scenario = Ours();
        scenario.Settings = MatchingSettings.BusinessCentral;
        scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(975m, "Faktura 103456", account: FjordkraftIban, charges: 25m);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(0m, proposal.Applications.Single().BankCharges);
    }

    private static MatchScenario Ours() => MatchScenario.Ours()
        .Customer("C1", "Fjordkraft AS", FjordkraftIban);
}
