using BankRecon.Domain.Matching;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// A payer who mistypes one digit of a KID/OCR/RF: the check digits fail, so the reference is never decisive on its
/// own, but when exactly one open entry's reference is one typo away and the amount and payer agree, it is the one.
/// </summary>
public sealed class MistypedReferenceTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");
    private static readonly string Kid = MatchScenario.Kid("1088114071");

    [Theory]
    [InlineData(3, false)]     // one digit replaced
    [InlineData(5, true)]      // two neighbouring digits swapped
    public void Reference_one_typo_away_with_the_exact_amount_from_the_known_payer_is_high(int position, bool swap)
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 539.66m, "140715", paymentReference: Kid);
        scenario.Invoice("C1", 539.66m, "140716");
        var typo = Typo(Kid, position, swap);
        scenario.Line(539.66m, reference: typo, name: "Fjordkraft AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Reference with one wrong digit", proposal.Rule);
        proposal.AppliedTo(invoice);
        Assert.Contains($"the reference on the line has invalid check digits and differs by one digit from the payment reference {Kid} of invoice 140715, and from no other open entry's", proposal.Reasons);
    }

    [Fact]
    public void Reference_one_typo_away_in_the_text_counts_too()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 76960.36m, "128609", paymentReference: "RF64128609");
        scenario.Line(76960.36m, "KID: RF64128600", name: "FJORDKRAFT AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Typo_without_a_known_payer_is_not_high()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 539.66m, "140715", paymentReference: Kid);
        scenario.Line(539.66m, reference: Typo(Kid, 3, swap: false));

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Typo_with_another_amount_is_not_high()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 539.66m, "140715", paymentReference: Kid);
        scenario.Line(500m, reference: Typo(Kid, 3, swap: false), account: FjordkraftIban);

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Fact]
    public void Typo_that_is_one_digit_from_two_references_is_not_high()
    {
        var scenario = Ours();
        // two valid references that both differ from the typed one in one digit
        var typed = Typo(Kid, 4, swap: false);
        var other = Enumerable.Range(0, typed.Length).SelectMany(p => "0123456789".Select(d => typed[..p] + d + typed[(p + 1)..]))
            .First(r => r != Kid && PaymentReference.HasValidCheckDigits(r));
        scenario.Invoice("C1", 539.66m, "140715", paymentReference: Kid);
        scenario.Invoice("C1", 539.66m, "140799", paymentReference: other);
        scenario.Line(539.66m, reference: typed, account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.DoesNotContain(proposal.Reasons.Concat(proposal.Alternatives.SelectMany(a => a.Reasons)), r => r.EndsWith("from no other open entry's", StringComparison.Ordinal));
    }

    [Fact]
    public void Business_central_ignores_references()
    {
        var scenario = Ours();
        scenario.Settings = MatchingSettings.BusinessCentral;
        scenario.Invoice("C1", 539.66m, "140715", paymentReference: Kid);
        scenario.Invoice("C2", 539.66m, "140716");
        scenario.Line(539.66m, reference: Typo(Kid, 3, swap: false), name: "Fjordkraft AS");

        Assert.DoesNotContain("wrong digit", scenario.Single().Rule ?? "", StringComparison.Ordinal);
    }

    /// <summary>The reference with one digit replaced (or swapped with the next), chosen so the check digits fail.</summary>
    private static string Typo(string reference, int position, bool swap)
    {
        if (swap)
        {
            for (var p = position; p + 1 < reference.Length; p++)
            {
                if (reference[p] == reference[p + 1]) continue;
                var swapped = reference[..p] + reference[p + 1] + reference[p] + reference[(p + 2)..];
                if (!PaymentReference.HasValidCheckDigits(swapped)) return swapped;
            }
        }

        return Enumerable.Range(1, 9).Select(d => reference[..position] + (char)('0' + (reference[position] - '0' + d) % 10) + reference[(position + 1)..])
            .First(r => !PaymentReference.HasValidCheckDigits(r));
    }

    private static MatchScenario Ours() => MatchScenario.Ours()
        .Customer("C1", "Fjordkraft AS", FjordkraftIban)
        .Customer("C2", "Havbris AS");
}
