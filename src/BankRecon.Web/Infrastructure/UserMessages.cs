using System.Globalization;
using System.Text.RegularExpressions;
using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;
using BankRecon.Web.TagHelpers;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Shows the messages of the use cases and the statement parsers in the reader's language: the text of the message's
/// code from the resource files ("Error.{code}", "Import.Note.{code}", "Diagnostic.{code}") with its values formatted
/// in the current culture (dates, amounts, instants in the company's time zone, locations such as "line 17"). A code
/// without a translation shows the English sentence the use case wrote.
/// </summary>
public static partial class UserMessages
{
    public static string For(Error error, IStringLocalizer localizer, TimeZoneInfo? zone = null) =>
        Text(localizer, zone, error.Message, error.Args, ErrorKeys(error.Code));

    public static string For(ImportNote note, IStringLocalizer localizer, TimeZoneInfo? zone = null) =>
        Text(localizer, zone, note.Message, note.Args, NoteKeys(note.Code));

    public static string For(ParseDiagnostic diagnostic, IStringLocalizer localizer, TimeZoneInfo? zone = null) =>
        diagnostic.Code is null ? diagnostic.Message : Text(localizer, zone, diagnostic.Message, diagnostic.Args, DiagnosticKey(diagnostic.Code));

    /// <summary>The resource keys a use-case error code is looked up under, in order (import refusals share the notes' texts).</summary>
    public static string[] ErrorKeys(string code) => ["Error." + code, "Import.Note." + code];

    public static string[] NoteKeys(string code) => ["Import.Note." + code, "Error." + code];

    public static string DiagnosticKey(string code) => "Diagnostic." + code;

    /// <summary>
    /// A parser's location in words of the reader's language: "line 17, position 3" → "linje 17, posisjon 3"; "file" →
    /// "fil". Element paths (camt) and archive entry names stay as they are.
    /// </summary>
    public static string Location(string location, IStringLocalizer localizer)
    {
        if (Whole.TryGetValue(location, out var key)) return Translated(localizer, key) ?? location;
        return Numbered().Replace(location, match =>
        {
            var word = match.Groups["word"].Value;
            var template = Translated(localizer, "Location." + char.ToUpperInvariant(word[0]) + word[1..]);
            return template is null ? match.Value : string.Format(CultureInfo.CurrentCulture, template, match.Groups["n"].Value);
        });
    }

    private static readonly Dictionary<string, string> Whole = new(StringComparer.Ordinal)
    {
        ["file"] = "Location.File",
        ["header"] = "Location.Header",
        ["end of file"] = "Location.EndOfFile",
        ["profile"] = "Location.Profile",
    };

    [GeneratedRegex(@"\b(?<word>line|position|statement|transaction|column|record) (?<n>\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    private static string Text(IStringLocalizer localizer, TimeZoneInfo? zone, string fallback, IReadOnlyList<object> args, params string[] keys)
    {
        // "(at file)" says nothing: a message about the whole file has a text of its own ("{key}.WholeFile") where it needs one.
        var wholeFile = args.Any(a => a is FileLocation { IsWholeFile: true });
        foreach (var key in keys)
        {
            var template = (wholeFile ? Translated(localizer, key + ".WholeFile") : null) ?? Translated(localizer, key);
            if (template is null) continue;
            var values = args.Select(a => Value(a, localizer, zone)).ToArray();
            return string.Format(CultureInfo.CurrentCulture, template, values);
        }

        return fallback;
    }

    /// <summary>The text of <paramref name="key"/> in the reader's language; null when the resource files have none.</summary>
    internal static string? Translated(IStringLocalizer localizer, string key)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? null : text.Value;
    }

    /// <summary>One value as the reader expects it; anything else goes to string.Format as it is.</summary>
    private static object Value(object value, IStringLocalizer localizer, TimeZoneInfo? zone)
    {
        var culture = CultureInfo.CurrentCulture;
        return value switch
        {
            ParseDiagnostic diagnostic => For(diagnostic, localizer, zone),
            FileLocation location => Location(location.Text, localizer),
            DateOnly date => BusinessDateTagHelper.Format(date, culture),
            DateTime instant => Instant(instant, zone, culture),
            decimal amount => Amount(amount, culture),
            Money money => MoneyTagHelper.Format(money.Amount, money.Currency.Code, culture) + " " + money.Currency.Code,
            Enum choice => Translated(localizer, $"{choice.GetType().Name}.{choice}")
                ?? (choice.GetType().Name.EndsWith("Confidence", StringComparison.Ordinal) ? Translated(localizer, $"Confidence.{choice}") : null)
                ?? choice.ToString(),
            _ => value,
        };
    }

    /// <summary>Instants are UTC: shown in the company's time zone when it is known, else marked UTC.</summary>
    private static string Instant(DateTime instant, TimeZoneInfo? zone, CultureInfo culture)
    {
        var utc = DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        var shown = zone is null ? utc : TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        var text = BusinessDateTagHelper.Format(DateOnly.FromDateTime(shown), culture) + " " + shown.ToString("HH:mm", culture);
        return zone is null ? text + " UTC" : text;
    }

    /// <summary>Amounts with two decimals (more when the value has them, up to four), grouped as the culture groups.</summary>
    private static string Amount(decimal amount, CultureInfo culture)
    {
        var normalized = amount / 1.0000000000000000000000000000m;
        var scale = (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
        return amount.ToString("N" + Math.Clamp(scale, 2, 4).ToString(CultureInfo.InvariantCulture), culture);
    }
}
