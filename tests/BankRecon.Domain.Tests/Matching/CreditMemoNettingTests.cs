using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// A customer deducts a credit memo from an invoice and pays the difference: the line settles the invoice and the
/// credit memo together, with amounts of both signs that net to the payment, always within one party.
/// </summary>
public sealed class CreditMemoNettingTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");
    private static readonly string HavbrisIban = MatchScenario.NorwegianIban("12345678903");

    [Fact]
    public void Invoice_less_a_named_credit_memo_applies_both_automatically()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "160667");
        var credit = scenario.Invoice("C1", 360m, "CR-23910", documentType: DocumentType.CreditMemo);
        scenario.Line(640m, "Faktura 160667 - kreditnota CR-23910", name: "FJORDKRAFT AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Invoice less credit memo", proposal.Rule);
        Assert.Equal(1000m, proposal.AmountFor(invoice));
        Assert.Equal(-360m, proposal.AmountFor(credit));
        Assert.Equal(0m, proposal.Difference);
        Assert.Equal(new MatchAccount(MatchAccountType.Customer, "C1"), proposal.Account);
        Assert.Contains("invoice 160667 (1,000.00 NOK) less credit memo CR-23910 (360.00 NOK) equals the payment; the credit is applied too", proposal.Reasons);
    }

    [Fact]
    public void Open_credit_memo_that_makes_up_the_difference_is_found_when_the_payer_is_known()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 5000m, "163802");
        var credit = scenario.Invoice("C1", 750m, "CR-24171", documentType: DocumentType.CreditMemo);
        scenario.Invoice("C1", 120m, "CR-24000", documentType: DocumentType.CreditMemo);
        scenario.Line(4250m, "fakt.nr 163802", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Invoice less open credit memo", proposal.Rule);
        Assert.Equal(5000m, proposal.AmountFor(invoice));
        Assert.Equal(-750m, proposal.AmountFor(credit));
        Assert.Contains("no other open credit memo of customer C1 Fjordkraft AS makes up the difference", proposal.Reasons);
    }

    [Fact]
    public void Open_credit_memo_older_than_the_invoice_is_only_proposed_for_review()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "159048", postingDate: MatchScenario.StatementDate.AddDays(-5));
        var credit = scenario.Invoice("C1", 750m, "CR-20537", documentType: DocumentType.CreditMemo, postingDate: MatchScenario.StatementDate.AddDays(-100));
        scenario.Line(250m, "Teilzahlung Rechnung 159048", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(invoice, credit);
        Assert.Contains(proposal.Alternatives, a => a.EntryIds().SequenceEqual([invoice.EntryId]) && a.Applications[0].Amount == 250m);
    }

    [Fact]
    public void Open_credit_memo_of_a_namesake_payer_whose_invoice_is_named_is_high()
    {
        var scenario = Ours();
        scenario.Customer("C3", "Myhre Blomster AS").Customer("C4", "Myhre Blomster AS");
        var invoice = scenario.Invoice("C3", 3000m, "141239");
        var credit = scenario.Invoice("C3", 810m, "CR-22738", documentType: DocumentType.CreditMemo);
        scenario.Invoice("C4", 810m, "CR-22739", documentType: DocumentType.CreditMemo);
        scenario.Line(2190m, "141239", name: "Myhre Blomster AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice, credit);
    }

    [Fact]
    public void Open_credit_memo_without_a_known_payer_needs_review_but_is_proposed()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 5000m, "163802");
        var credit = scenario.Invoice("C1", 750m, "CR-24171", documentType: DocumentType.CreditMemo);
        scenario.Line(4250m, "fakt.nr 163802");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(invoice, credit);
    }

    [Fact]
    public void Two_credit_memos_that_fit_equally_need_review()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 5000m, "163802");
        var older = scenario.Invoice("C1", 750m, "CR-24171", documentType: DocumentType.CreditMemo, postingDate: MatchScenario.StatementDate.AddDays(-20));
        scenario.Invoice("C1", 750m, "CR-24172", documentType: DocumentType.CreditMemo, postingDate: MatchScenario.StatementDate.AddDays(-10));
        scenario.Line(4250m, "fakt.nr 163802", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(invoice, older);
    }

    [Fact]
    public void Credit_memo_of_another_customer_is_never_netted()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 5000m, "163802");
        var foreign = scenario.Invoice("C2", 750m, "CR-24171", documentType: DocumentType.CreditMemo);
        scenario.Line(4250m, "Faktura 163802 minus kreditnota CR-24171", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.DoesNotContain(foreign.EntryId, proposal.EntryIds());
        Assert.All(proposal.Alternatives, a => Assert.False(a.EntryIds().Contains(foreign.EntryId) && a.EntryIds().Contains(invoice.EntryId)));
    }

    [Fact]
    public void A_credit_memo_is_netted_only_once_across_lines()
    {
        var scenario = Ours();
        var first = scenario.Invoice("C1", 1000m, "160001");
        var second = scenario.Invoice("C1", 2000m, "160002");
        var credit = scenario.Invoice("C1", 300m, "CR-20001", documentType: DocumentType.CreditMemo);
        scenario.Line(700m, "Faktura 160001 ./. CR-20001", account: FjordkraftIban);
        scenario.Line(1700m, "Faktura 160002 ./. CR-20001", account: FjordkraftIban);

        var result = scenario.Run();

        var usedOfCredit = result.Proposals.SelectMany(p => p.Applications).Where(a => a.EntryId == credit.EntryId).Sum(a => -a.Amount);
        Assert.True(usedOfCredit <= 300m);
        Assert.All(result.Proposals, p => Assert.NotEqual(MatchConfidence.High, p.Confidence));
        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    [Fact]
    public void Kid_payment_short_by_a_named_credit_memo_is_netted_not_a_part_payment()
    {
        var scenario = Ours();
        var kid = MatchScenario.Kid("001034567");
        var invoice = scenario.Invoice("C1", 1000m, "160667", paymentReference: kid);
        var credit = scenario.Invoice("C1", 250m, "CR-23001", documentType: DocumentType.CreditMemo);
        scenario.Line(750m, "kreditnota CR-23001", reference: kid, account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Invoice less credit memo", proposal.Rule);
        proposal.AppliedTo(invoice, credit);
        Assert.All(proposal.Alternatives.Where(a => a.Rule == "Structured reference, part payment"), a => Assert.Equal(MatchConfidence.Medium, a.Confidence));
    }

    [Fact]
    public void Vendor_payment_less_the_vendors_credit_note_keeps_the_signs_of_the_ledger()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("V1", 4990m, "PI-60001", externalDocumentNo: "INV-88123");
        var credit = scenario.Invoice("V1", 490m, "PC-50001", externalDocumentNo: "CN-7001", documentType: DocumentType.CreditMemo);
        scenario.Line(-4500m, "INV-88123 less CN-7001", name: "Telenor Norge AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(-4990m, proposal.AmountFor(invoice));
        Assert.Equal(490m, proposal.AmountFor(credit));
        Assert.Equal(-4500m, proposal.AppliedAmount);
    }

    [Fact]
    public void Business_central_never_nets_a_credit_memo()
    {
        var scenario = Ours();
        scenario.Settings = MatchingSettings.BusinessCentral;
        var credit = scenario.Invoice("C1", 360m, "CR-23910", documentType: DocumentType.CreditMemo);
        scenario.Invoice("C1", 1000m, "160667");
        scenario.Line(640m, "Faktura 160667 - kreditnota CR-23910", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.DoesNotContain(credit.EntryId, proposal.EntryIds());
    }

    private static MatchScenario Ours() => MatchScenario.Ours()
        .Customer("C1", "Fjordkraft AS", FjordkraftIban)
        .Customer("C2", "Havbris AS", HavbrisIban)
        .Vendor("V1", "Telenor Norge AS");
}
