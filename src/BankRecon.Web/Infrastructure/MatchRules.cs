using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Shows the name of the rule that proposed an application in the reader's language. The engine names a rule in
/// English: one of our rules by a fixed name ("Structured reference"), a payment application rule by its row and
/// criteria ("Rule Medium 2: party Fully, document Yes, amount not considered", <c>PaymentApplicationRule.Describe</c>).
/// Both are put in the reader's words ("Rule.Name.{key}", "Rule.Described" and the criteria's words in the resource
/// files); a name this does not know is shown as written.
/// </summary>
public static partial class MatchRules
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["Structured reference"] = "StructuredReference",
        ["Structured reference, less bank charges"] = "StructuredReferenceLessCharges",
        ["Structured reference, part payment"] = "StructuredReferencePartPayment",
        ["Structured reference, amount differs"] = "StructuredReferenceAmountDiffers",
        ["Combination of open entries"] = "Combination",
        ["Invoice less credit memo"] = "InvoiceLessCreditMemo",
        ["Invoice less open credit memo"] = "InvoiceLessOpenCreditMemo",
        ["Some of the named entries"] = "NamedSubset",
        ["Reference with one wrong digit"] = "NearReference",
        ["Document number, less bank charges"] = "DocumentLessCharges",
        ["Document number and exact amount"] = "DocumentExactAmount",
        ["Similar name and exact amount"] = "SimilarNameExactAmount",
        ["Text-to-account mapping"] = "TextMapping",
        ["BC text-to-account mapping"] = "BcTextMapping",
    };

    private static readonly Dictionary<string, string> PartyWords = new(StringComparer.Ordinal)
    {
        ["not considered"] = "NotConsidered", ["Fully"] = "Fully", ["Partially"] = "Partially", ["No"] = "No",
    };

    private static readonly Dictionary<string, string> DocumentWords = new(StringComparer.Ordinal)
    {
        ["not considered"] = "NotConsidered", ["Yes"] = "Yes", ["Yes - Multiple"] = "YesMultiple", ["No"] = "No",
    };

    private static readonly Dictionary<string, string> AmountWords = new(StringComparer.Ordinal)
    {
        ["not considered"] = "NotConsidered", ["One match"] = "OneMatch", ["Multiple matches"] = "MultipleMatches", ["No matches"] = "NoMatches",
    };

    /// <summary>The resource keys of the fixed rule names ("Rule.Name.{key}").</summary>
    public static IEnumerable<string> NameKeys => Named.Values;

    /// <summary>True when the rule's name is one this can put in other words.</summary>
    public static bool Knows(string rule) => Named.ContainsKey(rule) || Described().IsMatch(rule);

    /// <summary>The rule's name in the reader's language; as written when it is not known or has no text there.</summary>
    public static string For(string? rule, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (rule is null) return "";
        if (Named.TryGetValue(rule, out var key)) return UserMessages.Translated(localizer, "Rule.Name." + key) ?? rule;
        var match = Described().Match(rule);
        var template = match.Success ? UserMessages.Translated(localizer, "Rule.Described") : null;
        if (template is null) return rule;
        var prefix = match.Groups[1].Value == "Rule" ? UserMessages.Translated(localizer, "Rule.Word.Rule") : match.Groups[1].Value;
        var directDebit = match.Groups[7].Success
            ? string.Format(CultureInfo.CurrentCulture, UserMessages.Translated(localizer, "Rule.DirectDebit") ?? ", direct debit {0}", UserMessages.Translated(localizer, "Rule.Document." + match.Groups[7].Value) ?? match.Groups[7].Value)
            : "";
        string?[] values =
        [
            prefix,
            UserMessages.Translated(localizer, "Confidence." + match.Groups[2].Value),
            match.Groups[3].Value,
            UserMessages.Translated(localizer, "Rule.Party." + PartyWords[match.Groups[4].Value]),
            UserMessages.Translated(localizer, "Rule.Document." + DocumentWords[match.Groups[5].Value]),
            UserMessages.Translated(localizer, "Rule.Amount." + AmountWords[match.Groups[6].Value]),
            directDebit,
        ];
        return values.Any(v => v is null) ? rule : string.Format(CultureInfo.CurrentCulture, template, values);
    }

    [GeneratedRegex(
        "^(Rule|BC) (High|Medium|Low|None) (\\d+): party (not considered|Fully|Partially|No), document (not considered|Yes - Multiple|Yes|No), amount (not considered|One match|Multiple matches|No matches)(?:, direct debit (Yes|No))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Described();
}
