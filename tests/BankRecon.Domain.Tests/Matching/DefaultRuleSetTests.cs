using BankRecon.Domain.Matching;
using static BankRecon.Domain.Tests.Matching.ProposalAssertions;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>Our rule set: everything Business Central does, plus what it misses, without giving up precision on High.</summary>
public sealed class DefaultRuleSetTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");
    private static readonly string HavbrisIban = MatchScenario.NorwegianIban("12345678903");
    private static readonly string Kid = MatchScenario.Kid("001034567");

    [Fact]
    public void Valid_kid_equal_to_the_payment_reference_is_high_without_name_or_account()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, "103456", paymentReference: Kid);
        scenario.Line(1250m, reference: Kid);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Structured reference", proposal.Rule);
        Assert.False(proposal.ReviewRequired);
        proposal.AppliedTo(invoice);
        Assert.Equal(new MatchAccount(MatchAccountType.Customer, "C1"), proposal.Account);
        Assert.Contains($"KID {Kid} (valid MOD10) equals the payment reference of invoice 103456", proposal.Reasons);
        Assert.Contains("amount equals the remaining amount of invoice 103456", proposal.Reasons);
    }

    [Fact]
    public void Business_central_does_not_use_the_structured_reference()
    {
        var scenario = Ours();
        scenario.Settings = MatchingSettings.BusinessCentral;
        scenario.Invoice("C1", 1250m, "103456", paymentReference: Kid);
        scenario.Invoice("C2", 1250m, "103999");
        scenario.Line(1250m, reference: Kid);

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Theory]
    [InlineData("Betaling KID {0} takk")]
    [InlineData("KID:{1}")]
    public void Kid_found_in_the_text_counts_like_the_structured_field(string format)
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, "103456", paymentReference: Kid);
        var grouped = Kid[..4] + " " + Kid[4..8] + " " + Kid[8..];
        scenario.Line(1250m, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Kid, grouped));

        var proposal = scenario.Single();

        Assert.Equal("Structured reference", proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Rf_reference_written_in_groups_is_found_in_the_text()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("V1", 999m, "V-77", paymentReference: "RF18539007547034");
        scenario.Line(-999m, "Betaling RF18 5390 0754 7034");

        var proposal = scenario.Single();

        Assert.Equal("Structured reference", proposal.Rule);
        Assert.Equal(-999m, proposal.AmountFor(invoice));
        Assert.Contains(proposal.Reasons, r => r.StartsWith("RF reference RF18 5390 0754 7034 (valid ISO 11649)", StringComparison.Ordinal));
    }

    [Fact]
    public void Mistyped_kid_is_never_decisive()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1250m, "103456", paymentReference: Kid);
        scenario.Line(1250m, reference: Mistyped(Kid));

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.NotEqual("Structured reference", proposal.Rule);
    }

    [Fact]
    public void Equal_reference_without_valid_check_digits_is_not_decisive()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1250m, "103456", paymentReference: Mistyped(Kid));
        scenario.Line(1250m, reference: Mistyped(Kid));

        var proposal = scenario.Single();

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        Assert.Contains(proposal.Reasons, r => r.Contains("check digits are not valid", StringComparison.Ordinal));
    }

    [Fact]
    public void Kid_part_payment_by_the_same_payer_is_high_and_leaves_the_rest_open()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, paymentReference: Kid);
        scenario.Line(400m, reference: Kid, account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal("Structured reference, part payment", proposal.Rule);
        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(400m, proposal.AmountFor(invoice));
        Assert.Equal(0m, proposal.Difference);
    }

    [Fact]
    public void Kid_part_payment_from_an_unknown_payer_needs_review()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1000m, paymentReference: Kid);
        scenario.Line(400m, reference: Kid);

        Assert.Equal(MatchConfidence.Medium, scenario.Single().Confidence);
    }

    [Fact]
    public void Kid_paid_from_another_customers_account_needs_review_and_stays_with_the_invoice_owner()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, paymentReference: Kid);
        scenario.Invoice("C2", 70m);
        scenario.Line(1250m, reference: Kid, account: HavbrisIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(invoice);
        Assert.Equal(new MatchAccount(MatchAccountType.Customer, "C1"), proposal.Account);
        Assert.Contains("the payer looks like customer C2 Havbris AS, not customer C1 Fjordkraft AS", proposal.Reasons);
    }

    [Fact]
    public void Unnamed_invoices_of_a_known_payer_that_add_up_exactly_are_combined()
    {
        var scenario = Ours();
        var a = scenario.Invoice("C1", 300m, dueDate: MatchScenario.StatementDate.AddDays(-20));
        var b = scenario.Invoice("C1", 1200m, dueDate: MatchScenario.StatementDate.AddDays(-15));
        var c = scenario.Invoice("C1", 450m, dueDate: MatchScenario.StatementDate.AddDays(-10));
        scenario.Line(750m, "Innbetaling", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal("Combination of open entries", proposal.Rule);
        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(a, c);
        Assert.NotNull(b);
    }

    [Fact]
    public void Several_possible_combinations_need_review_and_the_oldest_is_proposed()
    {
        var scenario = Ours();
        var a = scenario.Invoice("C1", 100m, dueDate: MatchScenario.StatementDate.AddDays(-40));
        var b = scenario.Invoice("C1", 200m, dueDate: MatchScenario.StatementDate.AddDays(-30));
        var c = scenario.Invoice("C1", 300m, dueDate: MatchScenario.StatementDate.AddDays(-20));
        var d = scenario.Invoice("C1", 400m, dueDate: MatchScenario.StatementDate.AddDays(-10));
        scenario.Line(500m, "Innbetaling", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(a, d);
        Assert.Contains(proposal.Reasons, r => r.StartsWith("more than one set", StringComparison.Ordinal));
        Assert.NotNull(b);
        Assert.NotNull(c);
    }

    [Fact]
    public void Invoices_named_in_the_text_are_applied_together()
    {
        var scenario = Ours();
        var a = scenario.Invoice("C1", 1250m, "103456");
        var b = scenario.Invoice("C1", 800m, "103457");
        scenario.Line(2050m, "Faktura 103456 og 103457", name: "FJORDKRAFT");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(a, b);
    }

    [Fact]
    public void Payment_net_of_bank_charges_within_tolerance_leaves_the_difference_on_the_invoice()
    {
        var scenario = Ours();
        scenario.Settings = scenario.Settings with { ToleranceType = ToleranceType.Amount, ToleranceValue = 20m };
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(985m, "Faktura 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(985m, proposal.AmountFor(invoice));
        Assert.Contains(proposal.Reasons, r => r.Contains("15.00 NOK stays open", StringComparison.Ordinal));
    }

    [Fact]
    public void Part_payment_with_an_invoice_number_is_proposed_for_review()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(600m, "Delbetaling 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(Rule(MatchConfidence.Medium, 2).Replace("BC ", "Rule ", StringComparison.Ordinal), proposal.Rule);
        Assert.Equal(600m, proposal.AmountFor(invoice));
        Assert.Contains("part payment: 600.00 NOK of 1,000.00 NOK remaining on invoice 103456", proposal.Reasons);
    }

    [Fact]
    public void Overpayment_applies_the_remaining_amount_and_leaves_the_rest_on_the_line()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456");
        scenario.Line(1100m, "Faktura 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(1000m, proposal.AmountFor(invoice));
        Assert.Equal(100m, proposal.Difference);
        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
    }

    [Fact]
    public void Several_lines_paying_one_invoice_never_apply_more_than_remains()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, paymentReference: Kid);
        scenario.Line(400m, reference: Kid, account: FjordkraftIban);
        scenario.Line(400m, reference: Kid, account: FjordkraftIban);
        scenario.Line(400m, reference: Kid, account: FjordkraftIban);

        var result = scenario.Run();

        Assert.Equal(1000m, result.Proposals.Sum(p => p.Applications.Where(a => a.EntryId == invoice.EntryId).Sum(a => a.Amount)));
        Assert.Equal(2, result.Proposals.Count(p => p.Confidence == MatchConfidence.High));
        Assert.Contains(result.Proposals, p => p.Applications.Count == 1 && p.Applications[0].Amount == 200m && p.Confidence == MatchConfidence.Medium);
    }

    [Fact]
    public void Vendor_payment_is_matched_on_the_vendors_invoice_number()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("V1", 4990m, "P-2031", externalDocumentNo: "INV-88123");
        scenario.Line(-4990m, "Faktura inv 88123", name: "Telenor Norge");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(new MatchAccount(MatchAccountType.Vendor, "V1"), proposal.Account);
        Assert.Equal(-4990m, proposal.AmountFor(invoice));
        Assert.Contains("external document no. INV-88123 of invoice P-2031 found in the text", proposal.Reasons);
    }

    [Fact]
    public void Customer_refund_is_matched_to_the_credit_memo()
    {
        var scenario = Ours();
        var creditMemo = scenario.Invoice("C1", 300m, "KR-5501", documentType: DocumentType.CreditMemo);
        scenario.Invoice("C1", 300m, "103456");
        scenario.Line(-300m, "Refusjon kreditnota KR-5501", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(-300m, proposal.AmountFor(creditMemo));
    }

    [Theory]
    [InlineData("FJORDKRAFT ENERGI")]
    [InlineData("fjordkraft energi a/s")]
    [InlineData("Energi Fjordkraft AS")]
    [InlineData("FJORDKRAFT ENERGISERV")]     // cut by the bank at 21 characters
    public void Name_variants_identify_a_unique_customer(string payer)
    {
        var scenario = Ours();
        scenario.Customer("C5", "Fjordkraft Energiservice AS");
        scenario.Customer("C6", "Fjordkraft Energi AS");
        var target = payer.Contains("SERV", StringComparison.Ordinal) ? "C5" : "C6";
        var invoice = scenario.Invoice(target, 1250m);
        scenario.Invoice(target == "C5" ? "C6" : "C5", 990m);
        scenario.Line(1250m, "Betaling", name: payer);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Diacritics_are_folded_in_names()
    {
        var scenario = Ours();
        scenario.Customer("C7", "Bjørn Ødegård");
        var invoice = scenario.Invoice("C7", 640m);
        scenario.Line(640m, "Betaling", name: "ODEGARD BJORN");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Typo_in_a_unique_name_with_an_exact_unique_amount_is_high()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m);
        scenario.Invoice("C1", 300m);
        scenario.Line(1250m, "Betaling", name: "Fjordkarft AS");

        var proposal = scenario.Single();

        Assert.Equal("Similar name and exact amount", proposal.Rule);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Business_central_misses_the_typo()
    {
        var scenario = Ours();
        scenario.Settings = MatchingSettings.BusinessCentral;
        scenario.Invoice("C1", 1250m);
        scenario.Invoice("C2", 1250m);
        scenario.Line(1250m, "Betaling", name: "Fjordkarft AS");

        Assert.NotEqual(MatchConfidence.High, scenario.Single().Confidence);
    }

    [Theory]
    [InlineData("inv1042")]
    [InlineData("INV 1042")]
    [InlineData("Inv.1042")]
    [InlineData("faktura INV/001042")]
    [InlineData("INV-1042, takk")]
    public void Invoice_number_variants_are_found(string text)
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, "INV-1042");
        scenario.Line(1250m, text);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
        Assert.Contains(proposal.Reasons, r => r.StartsWith("invoice INV-1042 found in the text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Faktura 110425")]
    [InlineData("Faktura 10420")]
    [InlineData("Ordre 21042-7")]
    public void Number_inside_a_longer_number_is_never_found(string text)
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1250m, "1042");
        scenario.Line(999m, text);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.None, proposal.Confidence);
        Assert.Empty(proposal.Alternatives);
    }

    [Fact]
    public void Two_equally_good_invoices_are_never_applied_automatically()
    {
        var scenario = Ours();
        var a = scenario.Invoice("C1", 500m, "103456");
        var b = scenario.Invoice("C1", 500m, "103457");
        scenario.Line(500m, "Faktura 103456 103457", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        Assert.True(proposal.ReviewRequired);
        var offered = proposal.EntryIds().Concat(proposal.Alternatives.SelectMany(x => x.EntryIds())).ToHashSet();
        Assert.Contains(a.EntryId, offered);
        Assert.Contains(b.EntryId, offered);
        Assert.Contains(proposal.Alternatives, x => x.Reasons.Contains("another candidate fits equally well, so it is not applied automatically"));
    }

    [Fact]
    public void Known_payer_with_the_same_amount_twice_is_not_high()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 500m);
        scenario.Invoice("C1", 500m);
        scenario.Line(500m, "Betaling", account: FjordkraftIban);

        Assert.Equal(MatchConfidence.Medium, scenario.Single().Confidence);
    }

    [Fact]
    public void A_payment_made_twice_is_not_applied_automatically()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, paymentReference: Kid);
        scenario.Line(1250m, reference: Kid);
        scenario.Line(1250m, reference: Kid);

        var result = scenario.Run();

        Assert.All(result.Proposals, p => Assert.NotEqual(MatchConfidence.High, p.Confidence));
        Assert.Equal(1250m, result.Proposals.Sum(p => p.Applications.Where(a => a.EntryId == invoice.EntryId).Sum(a => a.Amount)));
        Assert.Contains("another statement line matches the same entry equally well", result.Proposals[0].Reasons);
    }

    [Fact]
    public void Payment_discount_is_taken_until_the_discount_date_only()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1000m, "103456", discountDate: MatchScenario.StatementDate, discount: 20m);
        scenario.Line(980m, "Faktura 103456", account: FjordkraftIban);
        scenario.Line(980m, "Faktura 103456", account: FjordkraftIban, date: MatchScenario.StatementDate.AddDays(1));

        var result = scenario.Run();

        Assert.Equal(new ProposedApplication(invoice.EntryId, 980m, 20m), result.Proposals[0].Applications.Single());
        Assert.Equal(MatchConfidence.High, result.Proposals[0].Confidence);
        Assert.Contains(result.Proposals[0].Reasons, r => r.Contains("less the payment discount of 20.00 NOK", StringComparison.Ordinal));
    }

    [Fact]
    public void Payment_dated_before_the_invoice_is_held_for_review_when_the_invoice_is_named()
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m, "103456", postingDate: MatchScenario.StatementDate.AddDays(2));
        scenario.Line(1250m, "Faktura 103456", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.Medium, proposal.Confidence);
        proposal.AppliedTo(invoice);
        Assert.Contains(proposal.Reasons, r => r.StartsWith("the payment is dated before invoice 103456 was posted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("8601.11.17947")]
    [InlineData("86011117947")]
    public void Domestic_account_number_matches_the_iban(string account)
    {
        var scenario = Ours();
        var invoice = scenario.Invoice("C1", 1250m);
        scenario.Line(1250m, "Betaling", account: account);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        proposal.AppliedTo(invoice);
    }

    [Fact]
    public void Entries_in_another_currency_are_never_applied()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1250m, "103456", paymentReference: Kid, currency: "EUR");
        scenario.Line(1250m, "Faktura 103456", reference: Kid, account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.None, proposal.Confidence);
        Assert.Empty(proposal.Alternatives);
    }

    [Theory]
    [InlineData("COFFEE MACHINE", false)]
    [InlineData("Bank fee March", true)]
    public void Text_mapping_matches_whole_words_only(string text, bool mapped)
    {
        var scenario = Ours();
        scenario.Settings = scenario.Settings with { TextMappings = [TextToAccountMapping.ToGlAccounts("fee", "8040", "7770")] };
        scenario.Line(-35m, text);

        var proposal = scenario.Single();

        Assert.Equal(mapped ? new MatchAccount(MatchAccountType.GlAccount, "7770") : null, proposal.Account);
        Assert.Equal(mapped ? MatchConfidence.High : MatchConfidence.None, proposal.Confidence);
    }

    [Fact]
    public void Longer_mapping_text_wins_and_equal_mappings_to_different_accounts_are_not_high()
    {
        var scenario = Ours();
        scenario.Settings = scenario.Settings with
        {
            TextMappings =
            [
                TextToAccountMapping.ToGlAccounts("gebyr", "8040", "7770"),
                TextToAccountMapping.ToGlAccounts("gebyr utland", "8040", "7771"),
                TextToAccountMapping.ToGlAccounts("frakt", "8040", "7780"),
                TextToAccountMapping.ToGlAccounts("porto", "8040", "7790"),
            ],
        };
        scenario.Line(-35m, "Gebyr utland");
        scenario.Line(-35m, "Frakt porto");

        var result = scenario.Run();

        Assert.Equal(new MatchAccount(MatchAccountType.GlAccount, "7771"), result.Proposals[0].Account);
        Assert.Equal(MatchConfidence.High, result.Proposals[0].Confidence);
        Assert.Equal(MatchConfidence.Medium, result.Proposals[1].Confidence);
        Assert.Single(result.Proposals[1].Alternatives);
    }

    [Fact]
    public void Line_with_no_evidence_gets_no_proposal()
    {
        var scenario = Ours();
        scenario.Invoice("C1", 1250m);
        scenario.Line(77m, "Overføring");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.None, proposal.Confidence);
        Assert.Empty(proposal.Applications);
        Assert.True(proposal.ReviewRequired);
    }

    /// <summary>The KID with its last digit changed so that no check-digit scheme accepts it (MOD10, MOD11, OCR, RF).</summary>
    private static string Mistyped(string kid) =>
        Enumerable.Range(1, 9).Select(d => kid[..^1] + (char)('0' + (kid[^1] - '0' + d) % 10))
            .First(candidate => !BankRecon.Domain.Payments.PaymentReference.HasValidCheckDigits(candidate));

    private static MatchScenario Ours() => MatchScenario.Ours()
        .Customer("C1", "Fjordkraft AS", FjordkraftIban)
        .Customer("C2", "Havbris AS", HavbrisIban)
        .Vendor("V1", "Telenor Norge AS");
}
