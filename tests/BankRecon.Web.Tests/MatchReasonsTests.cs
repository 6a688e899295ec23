using BankRecon.Application.Bench;
using BankRecon.Application.Matching;
using BankRecon.Domain.Matching;
using BankRecon.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Tests;

/// <summary>
/// The matching engine's reasons on the line page, in the reader's language: every sentence the engine writes has a
/// pattern, every pattern a text in Norwegian and Swedish, and the values inside come back in the reader's words and
/// number format.
/// </summary>
public sealed class MatchReasonsTests
{
    private static readonly IStringLocalizer Localizer = UserMessagesTests.Localizer;

    [Fact]
    public void Every_reason_the_engine_writes_on_generated_statements_has_a_sentence_and_a_text_in_both_languages()
    {
        // generated statements exercise every kind of evidence (references, netting, charges, namesakes, contests …),
        // with both rule sets
        var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = 3_000, Entries = 30_000, Seed = 1 });
        var lines = MatchInputs.ToMatchLines([dataset.Statement]);
        var entries = MatchInputs.ToOpenEntries(dataset.Entries);
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var settings in new[] { new MatchingSettings(), MatchingSettings.BusinessCentral })
        {
            foreach (var proposal in MatchingEngine.Match(lines, entries, settings).Proposals)
            {
                reasons.UnionWith(proposal.Reasons);
                foreach (var alternative in proposal.Alternatives) reasons.UnionWith(alternative.Reasons);
                rules.UnionWith(proposal.Alternatives.Select(a => a.Rule).Append(proposal.Rule).OfType<string>());
            }
        }

        // the rules' names too ("Structured reference", "Rule Medium 2: party Fully, …", "BC High 4: …")
        var unknownRules = rules.Where(r => !MatchRules.Knows(r)).ToList();
        Assert.Empty(unknownRules);
        Assert.True(rules.Count >= 15, $"Only {rules.Count} rule names: {string.Join(" | ", rules)}");
        foreach (var culture in new[] { "nb-NO", "sv-SE" })
        {
            using var scope = new UserMessagesTests.CultureScope(culture);
            var untranslatedRules = rules.Where(r => MatchRules.For(r, Localizer) == r).ToList();
            Assert.Empty(untranslatedRules);
        }

        using (new UserMessagesTests.CultureScope("en-GB"))
        {
            var changedRules = rules.Where(r => MatchRules.For(r, Localizer) != r).ToList();
            Assert.Empty(changedRules);
        }

        var unknown = reasons.Where(r => MatchReasons.SentenceOf(r) is null).Take(20).ToList();
        Assert.Empty(unknown);
        var used = reasons.Select(r => MatchReasons.SentenceOf(r)!).ToHashSet(StringComparer.Ordinal);
        Assert.True(used.Count >= 25, $"Only {used.Count} kinds of sentence written: {string.Join(", ", used)}");
        foreach (var culture in new[] { "nb-NO", "sv-SE" })
        {
            using var scope = new UserMessagesTests.CultureScope(culture);
            var untranslated = reasons.Where(r => MatchReasons.For(r, Localizer) == r).Take(20).ToList();
            Assert.Empty(untranslated);
        }

        // read back in English, through the same patterns and texts, every reason is the engine's sentence again:
        // each value was taken whole
        using (new UserMessagesTests.CultureScope("en-GB"))
        {
            var changed = reasons.Where(r => MatchReasons.For(r, Localizer) != r).Take(20).ToList();
            Assert.Empty(changed);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(".nb")]
    [InlineData(".sv")]
    public void Every_sentence_has_a_text_in_every_language(string language)
    {
        var keys = UserMessagesTests.ResourceKeys(language);

        Assert.All(MatchReasons.Names, n => Assert.Contains("Reason." + n, keys));
    }

    [Theory]
    [InlineData("nb-NO", "Rule Medium 2: party Fully, document Yes, amount not considered", "Regel Middels 2: part Fullt, dokument Ja, beløp ikke vurdert")]
    [InlineData("sv-SE", "BC High 1: party not considered, document not considered, amount not considered, direct debit Yes",
        "BC Hög 1: part ej beaktad, dokument ej beaktat, belopp ej beaktat, autogiro Ja")]
    [InlineData("nb-NO", "Structured reference, part payment", "Strukturert referanse, delbetaling")]
    [InlineData("nb-NO", "A rule an administrator named", "A rule an administrator named")]
    public void A_rules_name_is_read_in_the_readers_words(string culture, string rule, string expected)
    {
        using var scope = new UserMessagesTests.CultureScope(culture);

        Assert.Equal(expected, MatchRules.For(rule, Localizer));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".nb")]
    [InlineData(".sv")]
    public void Every_rule_name_has_a_text_in_every_language(string language)
    {
        var keys = UserMessagesTests.ResourceKeys(language);

        Assert.All(MatchRules.NameKeys, k => Assert.Contains("Rule.Name." + k, keys));
    }

    [Theory]
    [InlineData("nb-NO", "amount equals the remaining amount of invoice 103456", "beløpet er lik restbeløpet for faktura 103456")]
    [InlineData("sv-SE", "amount equals the remaining amount of invoice 103456", "beloppet är lika med restbeloppet för faktura 103456")]
    [InlineData("nb-NO", "IBAN NO93 8601 1117 947 belongs to customer 10020 Fjordkraft AS", "IBAN NO93 8601 1117 947 tilhører kunde 10020 Fjordkraft AS")]
    [InlineData("sv-SE", "bank account 5050-1055 belongs to vendor L200 Ödegård AB", "bankkonto 5050-1055 tillhör leverantör L200 Ödegård AB")]
    [InlineData("nb-NO", "KID 0010345674 (valid MOD10) equals the payment reference of invoice 103456",
        "KID 0010345674 (gyldig MOD10) er lik betalingsreferansen til faktura 103456")]
    [InlineData("sv-SE", "OCR 4000123 (valid Luhn with length digit) equals the payment reference of invoice 9001",
        "OCR 4000123 (giltig Luhn med längdsiffra) är lika med betalningsreferensen för faktura 9001")]
    [InlineData("nb-NO", "part payment: 1,000.00 NOK of 12,500.50 NOK remaining on the 2 entries 100234, 100235",
        "delbetaling: 1\u00a0000,00 NOK av 12\u00a0500,50 NOK som gjenstår på de 2 postene 100234, 100235")]
    [InlineData("nb-NO", "invoice 1001 (1,000.00 NOK) + invoice 1002 (500.00 NOK) less credit memo 2001 (200.00 NOK) and credit memo 2002 (50.00 NOK) equals the payment; the credit is applied too",
        "faktura 1001 (1\u00a0000,00 NOK) + faktura 1002 (500,00 NOK) minus kreditnota 2001 (200,00 NOK) og kreditnota 2002 (50,00 NOK) er lik betalingen; kreditnotaen utlignes også")]
    [InlineData("sv-SE", "the payment is dated before invoice 103456 was posted (2026-03-10)", "betalningen är daterad innan faktura 103456 bokfördes (2026-03-10)")]
    [InlineData("nb-NO", "the payment is dated before invoice 103456 was posted (2026-03-10)", "betalingen er datert før faktura 103456 ble bokført (10.03.2026)")]
    [InlineData("nb-NO", "text \"GEBYR\" maps to GlAccount 7770", "teksten «GEBYR» er koblet til finanskonto 7770")]
    [InlineData("en-GB", "text \"GEBYR\" maps to GlAccount 7770", "text \"GEBYR\" maps to G/L account 7770")]
    [InlineData("nb-NO", "the payer looks like another party, not customer C1 Havbris AS", "betaleren ser ut som en annen part, ikke kunde C1 Havbris AS")]
    [InlineData("nb-NO", "Something the engine never wrote.", "Something the engine never wrote.")]
    [InlineData("en-GB", "amount equals the remaining amount of invoice 103456", "amount equals the remaining amount of invoice 103456")]
    public void A_reason_is_read_in_the_readers_words_and_number_format(string culture, string reason, string expected)
    {
        using var scope = new UserMessagesTests.CultureScope(culture);

        Assert.Equal(expected, MatchReasons.For(reason, Localizer));
    }
}
