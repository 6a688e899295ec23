using System.Globalization;
using System.Text.RegularExpressions;
using BankRecon.Web.TagHelpers;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Shows the matching engine's reasons ("amount equals the remaining amount of invoice 103456") in the reader's language.
/// The engine writes each reason in English from a fixed set of sentences (<c>ProposalWriter</c>); each sentence has a
/// pattern here and a text "Reason.{name}" in the resource files, its values put back in the reader's words and format:
/// "invoice" → "faktura", "customer" → "kunde", 1,250.50 NOK → 1 250,50 NOK, 2026-03-10 → 10.03.2026. Reasons stored
/// before this existed are translated the same way. A sentence without a pattern, or a language without the text, shows
/// the English sentence; a test runs the engine over generated statements and requires a pattern for every reason it
/// writes and a text in every language for every pattern.
/// </summary>
public static partial class MatchReasons
{
    private enum Value
    {
        Text,
        Number,
        Decimal,
        Money,
        Date,
        Party,
        PartyOrAnother,
        Document,
        Documents,
        Netted,
        Account,
        Reference,
        Target,
    }

    private const string Party = "((?:customer|vendor) .+)";
    private const string Amount = @"(\S+ [A-Z]{3})";

    // most specific first: "(.+) found in the text" would also take the external document and number sentences
    private static readonly (string Name, Regex Pattern, Value[] Values)[] Sentences =
    [
        ("MapsTo", Sentence("text \"(.*)\" maps to (.+)"), [Value.Text, Value.Target]),
        ("OtherMapping", Sentence("another mapping fits equally well, so it is not applied automatically"), []),
        ("AccountBelongs", Sentence($"(IBAN .+|bank account .*) belongs to {Party}"), [Value.Account, Value.Party]),
        ("PayerName", Sentence($"payer name \"(.*)\" matches {Party} \\((\\d+) %\\)"), [Value.Text, Value.Party, Value.Number]),
        ("NameInText", Sentence("the name (.+) is in the text"), [Value.Text]),
        ("AddressCity", Sentence("address and city match as well"), []),
        ("UniqueCustomer", Sentence("no other customer has this name"), []),
        ("UniqueVendor", Sentence("no other vendor has this name"), []),
        ("SimilarCustomer", Sentence("no other customer has a similar name"), []),
        ("SimilarVendor", Sentence("no other vendor has a similar name"), []),
        ("NotRecognised", Sentence($"the payer is not recognised as {Party}"), [Value.Party]),
        ("ReferenceInvalid", Sentence("reference (.+) equals the payment reference of (.+), but its check digits are not valid"), [Value.Text, Value.Document]),
        ("ReferenceValid", Sentence("(.+) equals the payment reference of (.+)"), [Value.Reference, Value.Document]),
        ("ReferenceNearUnique", Sentence("the reference on the line has invalid check digits and differs by one digit from the payment reference (.+) of (.+), and from no other open entry's"), [Value.Text, Value.Document]),
        ("ReferenceNearMany", Sentence("the reference on the line has invalid check digits and differs by one digit from the payment reference (.+) of (.+), and from others too"), [Value.Text, Value.Document]),
        ("FoundWritten", Sentence("(.+) found in the text \\(written \"(.*)\"\\)"), [Value.Document, Value.Text]),
        ("ExternalFound", Sentence("external document no\\. (.+) of (.+) found in the text"), [Value.Text, Value.Document]),
        ("NumberFound", Sentence("the number (.+) of (.+) found in the text"), [Value.Text, Value.Document]),
        ("Found", Sentence("(.+) found in the text"), [Value.Document]),
        ("Combination", Sentence($"open entries (.+) of {Party} add up exactly to the payment"), [Value.Text, Value.Party]),
        ("SeveralCombinations", Sentence("more than one set of open entries adds up to the payment; the oldest entries are proposed"), []),
        ("NamedSubset", Sentence("of the entries named in the text, (.+) add up exactly to the payment"), [Value.Text]),
        ("OldestOpen", Sentence("(.+) is the party's oldest open entry"), [Value.Document]),
        ("ExactTotal", Sentence("amount equals the total remaining amount of (.+)"), [Value.Documents]),
        ("ExactLessDiscount", Sentence($"amount equals the remaining amount of (.+) less the payment discount of {Amount}"), [Value.Documents, Value.Money]),
        ("Exact", Sentence("amount equals the remaining amount of (.+)"), [Value.Documents]),
        ("ToleranceOpen", Sentence($"amount is within the tolerance of the remaining amount {Amount} of (.+); {Amount} stays open"), [Value.Money, Value.Documents, Value.Money]),
        ("ToleranceLeft", Sentence($"amount is within the tolerance of the remaining amount {Amount} of (.+); {Amount} is left on the statement line"), [Value.Money, Value.Documents, Value.Money]),
        ("ChargesReported", Sentence($"amount is {Amount} short of the remaining amount {Amount} of (.+): the bank reports charges of {Amount}; the invoice is closed and the difference is bank charges"),
            [Value.Money, Value.Money, Value.Documents, Value.Money]),
        ("ChargesAllowance", Sentence($"amount is {Amount} short of the remaining amount {Amount} of (.+), within the bank charges allowance \\(at most (\\S+) (\\S*) and (\\S+) %\\); the invoice is closed and the difference is bank charges"),
            [Value.Money, Value.Money, Value.Documents, Value.Decimal, Value.Text, Value.Decimal]),
        ("Partial", Sentence($"part payment: {Amount} of {Amount} remaining on (.+)"), [Value.Money, Value.Money, Value.Documents]),
        ("Overpayment", Sentence($"overpayment: {Amount} more than the remaining amount {Amount} of (.+); it is left on the statement line"), [Value.Money, Value.Money, Value.Documents]),
        ("NoOtherAmount", Sentence("no other open entry has this amount"), []),
        ("NoOtherAmountOfParty", Sentence("no other open entry of the party has this amount"), []),
        ("SameAmount", Sentence("other open entries have the same amount"), []),
        ("NettedLessDiscount", Sentence($"(.+) less (.+) and less the payment discount of {Amount} equals the payment; the credit is applied too"), [Value.Netted, Value.Netted, Value.Money]),
        ("Netted", Sentence("(.+) less (.+) equals the payment; the credit is applied too"), [Value.Netted, Value.Netted]),
        ("SeveralCredits", Sentence($"more than one set of open credit memos of {Party} fits; the oldest is proposed"), [Value.Party]),
        ("NoOtherCredit", Sentence($"no other open credit memo of {Party} makes up the difference"), [Value.Party]),
        ("LooksLikeOther", Sentence($"the payer looks like (.+), not {Party}"), [Value.PartyOrAnother, Value.Party]),
        ("BeforePosting", Sentence("the payment is dated before (.+) was posted \\((\\d{4}-\\d{2}-\\d{2})\\)"), [Value.Document, Value.Date]),
        ("TextNamesOther", Sentence("the text names (.+), which this proposal does not apply"), [Value.Document]),
        ("CreditMemoFits", Sentence("the difference equals open credit memos of the party, so it may not be a part payment"), []),
        ("NamesakeCustomer", Sentence("another customer has a similar name and other open entries have this amount, so the name alone does not decide"), []),
        ("NamesakeVendor", Sentence("another vendor has a similar name and other open entries have this amount, so the name alone does not decide"), []),
        ("Ambiguous", Sentence("another candidate fits equally well, so it is not applied automatically"), []),
        ("Contested", Sentence("another statement line matches the same entry equally well"), []),
        ("Reduced", Sentence("other statement lines already use part of this entry; only what is left is applied"), []),
    ];

    /// <summary>The names of all sentences ("Reason.{name}" in the resource files).</summary>
    public static IEnumerable<string> Names => Sentences.Select(s => s.Name);

    /// <summary>The name of the sentence the reason was written from; null when none fits.</summary>
    public static string? SentenceOf(string reason) => Find(reason)?.Name;

    /// <summary>The reason in the reader's language; the English sentence when it has no pattern or no text in that language.</summary>
    public static string For(string reason, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(localizer);
        if (Find(reason) is not { } found) return reason;
        var template = UserMessages.Translated(localizer, "Reason." + found.Name);
        if (template is null) return reason;
        var values = new object[found.Values.Length];
        for (var i = 0; i < values.Length; i++) values[i] = Words(found.Values[i], found.Match.Groups[i + 1].Value, localizer);
        return string.Format(CultureInfo.CurrentCulture, template, values);
    }

    private static (string Name, Match Match, Value[] Values)? Find(string reason)
    {
        foreach (var (name, pattern, values) in Sentences)
        {
            Match match;
            try
            {
                match = pattern.Match(reason);
            }
            catch (RegexMatchTimeoutException)
            {
                // never seen on the engine's sentences (short, anchored); a reason too odd to read is shown as written
                return null;
            }

            if (match.Success) return (name, match, values);
        }

        return null;
    }

    // the limit is wall-clock time: on a busy server a thread can be paused for longer than a match takes, so it is
    // generous (a 200 ms limit was hit once in a test run on two busy cores)
    private static Regex Sentence(string pattern) =>
        new("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(2));

    private static string Words(Value kind, string text, IStringLocalizer localizer) => kind switch
    {
        Value.Money => Money(text),
        Value.Decimal => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##", CultureInfo.CurrentCulture)
            : text,
        Value.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? BusinessDateTagHelper.Format(date, CultureInfo.CurrentCulture)
            : text,
        Value.Party => Prefixed(text, localizer, PartyWords),
        Value.PartyOrAnother => text == "another party" ? UserMessages.Translated(localizer, "Reason.Word.AnotherParty") ?? text : Prefixed(text, localizer, PartyWords),
        Value.Document => Prefixed(text, localizer, DocumentWords),
        Value.Documents => Documents(text, localizer),
        Value.Netted => Netted(text, localizer),
        Value.Account => Prefixed(text, localizer, AccountWords),
        Value.Reference => Reference(text, localizer),
        Value.Target => Prefixed(text, localizer, TargetWords),
        _ => text,
    };

    private static readonly (string English, string Key)[] PartyWords = [("customer ", "Customer"), ("vendor ", "Vendor")];

    private static readonly (string English, string Key)[] DocumentWords =
        [("invoice ", "Invoice"), ("credit memo ", "CreditMemo"), ("finance charge memo ", "FinanceCharge"), ("reminder ", "Reminder"), ("document ", "Document")];

    private static readonly (string English, string Key)[] AccountWords = [("bank account ", "BankAccount")];

    // the engine writes "G/L account 3000"; a mapping made on the line page writes the account type's name
    private static readonly (string English, string Key)[] TargetWords =
    [
        ("customer ", "Customer"), ("vendor ", "Vendor"), ("G/L account ", "GlAccount"), ("bank account ", "BankAccount"),
        ("Customer ", "Customer"), ("Vendor ", "Vendor"), ("GlAccount ", "GlAccount"), ("BankAccount ", "BankAccount"),
    ];

    /// <summary>"invoice 103456" → "faktura 103456": the leading word in the reader's language, the rest as written.</summary>
    private static string Prefixed(string text, IStringLocalizer localizer, (string English, string Key)[] words)
    {
        foreach (var (english, key) in words)
        {
            if (!text.StartsWith(english, StringComparison.Ordinal)) continue;
            var word = UserMessages.Translated(localizer, "Reason.Word." + key);
            return word is null ? text : word + " " + text[english.Length..];
        }

        return text;
    }

    /// <summary>One document, or "the 2 entries 100234, 100235".</summary>
    private static string Documents(string text, IStringLocalizer localizer)
    {
        var counted = Counted().Match(text);
        if (!counted.Success) return Prefixed(text, localizer, DocumentWords);
        var template = UserMessages.Translated(localizer, "Reason.Word.Entries");
        return template is null ? text : string.Format(CultureInfo.CurrentCulture, template, counted.Groups[1].Value, counted.Groups[2].Value);
    }

    /// <summary>"invoice a (1,000.00 NOK) + invoice b (500.00 NOK)" or "credit memo c (200.00 NOK) and credit memo d (…)".</summary>
    private static string Netted(string text, IStringLocalizer localizer)
    {
        var and = UserMessages.Translated(localizer, "Reason.Word.And") ?? "and";
        return NettedItem().Replace(text, item =>
        {
            var separator = item.Groups[1].Value == " and " ? " " + and + " " : item.Groups[1].Value;
            return separator + Prefixed(item.Groups[2].Value, localizer, DocumentWords) + " (" + Money(item.Groups[3].Value) + ")";
        });
    }

    /// <summary>"KID 123 (valid MOD10)", "RF reference RF18 … (valid ISO 11649)", "reference 123".</summary>
    private static string Reference(string text, IStringLocalizer localizer)
    {
        var match = ReferenceParts().Match(text);
        if (!match.Success) return text;
        var kind = match.Groups[1].Value switch
        {
            "RF reference" => UserMessages.Translated(localizer, "Reason.Word.RfReference"),
            "reference" => UserMessages.Translated(localizer, "Reason.Word.Reference"),
            var name => name,
        };
        if (kind is null) return text;
        var written = kind + " " + match.Groups[2].Value;
        if (!match.Groups[3].Success) return written;
        var algorithm = match.Groups[3].Value.Replace("with length digit", UserMessages.Translated(localizer, "Reason.Word.WithLengthDigit") ?? "with length digit", StringComparison.Ordinal);
        var valid = UserMessages.Translated(localizer, "Reason.Word.Valid");
        return valid is null ? text : written + " (" + string.Format(CultureInfo.CurrentCulture, valid, algorithm) + ")";
    }

    /// <summary>"1,250.50 NOK" (as the engine writes it) → the reader's number format, the same decimals.</summary>
    private static string Money(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0) return text;
        var number = text[..space];
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)) return text;
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : number.Length - point - 1;
        return amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + text[space..];
    }

    [GeneratedRegex(@"^the (\d+) entries (.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Counted();

    [GeneratedRegex(@"(^| \+ | and )(.+?) \((\S+ [A-Z]{3})\)", RegexOptions.CultureInvariant)]
    private static partial Regex NettedItem();

    [GeneratedRegex(@"^(RF reference|KID|OCR|reference) (.+?)(?: \(valid (.+)\))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ReferenceParts();
}
