using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>Payer names the way banks deliver them: an address glued on after a comma, abbreviated words, "&amp;" for "og".</summary>
public sealed class PayerNameTests
{
    [Theory]
    [InlineData("BRÅTHEN TRANSPORT AS, INDUSTRIVEIEN")]
    [InlineData("Bråthen Transport AS, Kongens gate 39 Oslo")]
    [InlineData("BRATHEN TRANSPORT")]
    public void Address_after_a_comma_does_not_hide_the_name(string payer)
    {
        var scenario = Scenario();
        var invoice = scenario.Invoice("C1", 20017.50m);
        scenario.Line(20017.50m, "Innbetaling", name: payer);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Lastname_comma_firstname_is_still_the_person()
    {
        var scenario = Scenario();
        var invoice = scenario.Invoice("C4", 997.42m);
        scenario.Line(997.42m, "Betaling", name: "HAGEN, ØYSTEIN");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Theory]
    [InlineData("Arctic Constr. Limited", true)]
    [InlineData("ARCTIC CONSTR. LTD", true)]
    [InlineData("Arctic Constr Limited", false)]      // no full stop: not an abbreviation, just a different word
    public void A_word_abbreviated_with_a_full_stop_matches_the_full_word(string payer, bool high)
    {
        var scenario = Scenario();
        var invoice = scenario.Invoice("C2", 666.96m);
        scenario.Line(666.96m, "Payment", name: payer);

        var proposal = scenario.Single();

        Assert.Equal(high, proposal.Confidence == MatchConfidence.High);
        if (high) proposal.AppliedTo(invoice);
    }

    [Fact]
    public void An_initial_matching_two_people_is_not_enough_with_an_amount_both_could_owe()
    {
        var scenario = Scenario();
        scenario.Invoice("C4", 1000m);
        scenario.Invoice("C5", 1000m);
        scenario.Line(1000m, "Betaling", name: "Ø. Hagen");

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Fact]
    public void Ampersand_and_og_are_the_same()
    {
        var scenario = Scenario();
        var invoice = scenario.Invoice("C3", 10017.25m);
        scenario.Line(10017.25m, "Zahlung", name: "NYGÅRD & SØRENSEN AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    private static MatchScenario Scenario() => MatchScenario.Ours()
        .Customer("C1", "Bråthen Transport AS")
        .Customer("C2", "Arctic Construction Limited")
        .Customer("C3", "Nygård og Sørensen AS")
        .Customer("C4", "Øystein Hagen")
        .Customer("C5", "Øyvind Hagen");
}
