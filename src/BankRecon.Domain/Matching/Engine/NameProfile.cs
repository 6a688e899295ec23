using System.Collections.Frozen;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A company or person name reduced to what identifies it: folded words (case and diacritics ignored) without legal
/// suffixes such as AS, AB, Oy, ApS, A/S, GmbH or Ltd. "Fjordkraft AS", "FJORDKRAFT" and "fjordkraft a/s" share one
/// profile.
/// </summary>
internal sealed class NameProfile
{
    /// <summary>Words that join names ("Nygård og Sørensen" = "Nygård &amp; Sørensen"); "&amp;" itself is no word.</summary>
    private static readonly FrozenSet<string> Connectors = new[] { "OG", "OCH", "AND", "UND", "JA" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LegalSuffixes = new[]
    {
        "AS", "ASA", "AB", "OY", "OYJ", "APS", "GMBH", "LTD", "LIMITED", "INC", "BV", "SA", "AG", "ANS", "DA", "HB", "KB",
        "PLC", "LLC", "NV", "SE", "AMBA", "IVS", "KS", "NUF",
    }.ToFrozenSet(StringComparer.Ordinal);

    private NameProfile(string[] tokens, bool endsWithLegalSuffix = false, bool[]? abbreviated = null)
    {
        Tokens = tokens;
        Abbreviated = abbreviated ?? new bool[tokens.Length];
        EndsWithLegalSuffix = endsWithLegalSuffix;
        if (tokens.Length == 1)
        {
            SortedKey = tokens[0];
            Compact = tokens[0];
        }
        else
        {
            var sorted = (string[])tokens.Clone();
            Array.Sort(sorted, StringComparer.Ordinal);
            SortedKey = string.Join(' ', sorted);
            Compact = string.Concat(tokens);
        }

        Length = Compact.Length;
    }

    public static NameProfile Empty { get; } = new([]);

    /// <summary>Words in their original order.</summary>
    public string[] Tokens { get; }

    /// <summary>Per word: it was written with a full stop after it ("Constr.", "O."), so it may be the start of a longer word.</summary>
    public bool[] Abbreviated { get; }

    /// <summary>Words sorted, so word order does not matter ("Hansen Ola" = "Ola Hansen").</summary>
    public string SortedKey { get; }

    /// <summary>Words glued together ("FJORD KRAFT" = "FJORDKRAFT").</summary>
    public string Compact { get; }

    public int Length { get; }

    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>The written name ended with a legal suffix ("... AS"), so it was not cut off by the bank.</summary>
    public bool EndsWithLegalSuffix { get; }

    public static NameProfile Create(string? name)
    {
        var dotted = new List<bool>(4);
        var words = Words(name, dotted);
        if (words.Count == 0) return Empty;
        var kept = new List<string>(words.Count);
        var keptDotted = new List<bool>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            // "A/S" folds to the two words "A" "S"
            if (words[i] == "A" && i + 1 < words.Count && words[i + 1] == "S")
            {
                i++;
                continue;
            }

            if (LegalSuffixes.Contains(words[i]) || Connectors.Contains(words[i])) continue;
            kept.Add(words[i]);
            keptDotted.Add(dotted[i]);
        }

        var last = words[^1];
        var endsWithSuffix = kept.Count > 0 && (LegalSuffixes.Contains(last) || (last == "S" && words.Count >= 2 && words[^2] == "A"));
        return kept.Count > 0 ? new NameProfile([.. kept], endsWithSuffix, [.. keptDotted]) : new NameProfile([.. words], endsWithSuffix, [.. dotted]);
    }

    /// <summary>Folded words of a text, without an intermediate string per character.</summary>
    private static List<string> Words(string? text, List<bool> dotted)
    {
        var words = new List<string>(4);
        if (string.IsNullOrEmpty(text)) return words;
        Span<char> buffer = text.Length * 2 <= 256 ? stackalloc char[256] : new char[text.Length * 2];
        Span<char> folded = stackalloc char[2];
        var length = 0;
        foreach (var c in text)
        {
            var count = TextFold.Fold(c, folded);
            if (count == 0)
            {
                if (length > 0)
                {
                    words.Add(new string(buffer[..length]));
                    dotted.Add(c == '.');
                }

                length = 0;
                continue;
            }

            folded[..count].CopyTo(buffer[length..]);
            length += count;
        }

        if (length > 0)
        {
            words.Add(new string(buffer[..length]));
            dotted.Add(false);
        }

        return words;
    }

    public static bool IsLegalSuffix(string word) => LegalSuffixes.Contains(word);
}
