using BankRecon.Importers.Mt940;

namespace BankRecon.Importers.Bai2;

/// <summary>
/// The text of a 16 record and its 88 continuations. Some banks (Goldman Sachs) put tagged data on the 88 lines
/// ("EREF: 1111", "DBNM: TEST INC", "REMI: …"); those become fields, the other text becomes the description.
/// </summary>
internal sealed class Bai2Text
{
    private readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal);

    public Bai2Text(string? ownText, IEnumerable<string> continuations)
    {
        var parts = new List<string>();
        if (Clean(ownText) is { Length: > 0 } own) parts.Add(own);
        foreach (var continuation in continuations)
        {
            var text = Clean(continuation);
            if (text.Length == 0) continue;
            if (IsTag(text))
            {
                var value = text[5..].Trim();
                if (value.Length > 0) _tags.TryAdd(text[..4], value);
                continue;
            }

            parts.Add(text);
        }

        var description = Mt940Information.Collapse(string.Join(" ", parts));
        if (_tags.TryGetValue("REMI", out var remittance) && !description.Contains(remittance, StringComparison.Ordinal))
        {
            description = description.Length == 0 ? remittance : description + " " + remittance;
        }

        Description = description.Length == 0 ? null : description;
    }

    public string? Description { get; }

    public string? Tag(string key) => _tags.TryGetValue(key, out var value) ? value : null;

    /// <summary>Trims and removes the record terminator '/' at the end of a text field.</summary>
    private static string Clean(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.EndsWith('/')) value = value[..^1].TrimEnd();
        return value;
    }

    private static bool IsTag(string text) =>
        text.Length >= 5 && text[4] == ':' && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1])
        && char.IsAsciiLetterUpper(text[2]) && char.IsAsciiLetterUpper(text[3]);
}
