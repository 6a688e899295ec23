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

    /// <summary>Abbreviation flags when no word is abbreviated, shared per word count (never written to).</summary>
    private static readonly bool[][] NoneAbbreviated = [[], [false], [false, false], [false, false, false], [false, false, false, false], [false, false, false, false, false]];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalSuffixLookup = LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private NameProfile(string[] tokens, bool[] abbreviated, string sortedKey, string compact, bool endsWithLegalSuffix)
    {
        Tokens = tokens;
        Abbreviated = abbreviated;
        SortedKey = sortedKey;
        Compact = compact;
        Length = compact.Length;
        EndsWithLegalSuffix = endsWithLegalSuffix;
    }

    public static NameProfile Empty { get; } = new([], [], "", "", endsWithLegalSuffix: false);

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

    public static NameProfile Create(string? name) => Create(name.AsSpan(), strings: null, addNew: false);

    /// <summary>As <see cref="Create(string?)"/>, for part of a text (no substring needed).</summary>
    public static NameProfile Create(ReadOnlySpan<char> name) => Create(name, strings: null, addNew: false);

    /// <summary>
    /// As <see cref="Create(string?)"/>; words and keys already in <paramref name="strings"/> are reused from it and new
    /// ones added, so that the parties of a large ledger share one string per distinct word instead of one per party.
    /// </summary>
    public static NameProfile Create(ReadOnlySpan<char> name, Dictionary<string, string> strings) => Create(name, strings, addNew: true);

    /// <summary>
    /// As <see cref="Create(string?)"/> for a payer name: words and keys the ledger's names already have are taken from
    /// <paramref name="ledgerStrings"/> (only read, so lines on several threads may share it), other ones made.
    /// </summary>
    public static NameProfile CreateReusing(ReadOnlySpan<char> name, Dictionary<string, string> ledgerStrings) => Create(name, ledgerStrings, addNew: false);

    private static NameProfile Create(ReadOnlySpan<char> name, Dictionary<string, string>? strings, bool addNew)
    {
        if (name.IsEmpty) return Empty;
        // the folded words back to back in one buffer (a character folds to at most two), each word's start, length
        // and whether a full stop ended it
        Span<char> chars = name.Length <= 128 ? stackalloc char[256] : new char[name.Length * 2];
        var maxWords = name.Length / 2 + 1;
        Span<int> starts = maxWords <= 64 ? stackalloc int[64] : new int[maxWords];
        Span<int> lengths = maxWords <= 64 ? stackalloc int[64] : new int[maxWords];
        Span<bool> dotted = maxWords <= 64 ? stackalloc bool[64] : new bool[maxWords];
        var words = Words(name, chars, starts, lengths, dotted);
        if (words == 0) return Empty;

        Span<int> kept = maxWords <= 64 ? stackalloc int[64] : new int[maxWords];
        var keptCount = 0;
        for (var i = 0; i < words; i++)
        {
            var word = chars.Slice(starts[i], lengths[i]);
            // "A/S" folds to the two words "A" "S"
            if (word is "A" && i + 1 < words && chars.Slice(starts[i + 1], lengths[i + 1]) is "S")
            {
                i++;
                continue;
            }

            if (LegalSuffixLookup.Contains(word) || ConnectorLookup.Contains(word)) continue;
            kept[keptCount++] = i;
        }

        var last = chars.Slice(starts[words - 1], lengths[words - 1]);
        var endsWithSuffix = keptCount > 0
            && (LegalSuffixLookup.Contains(last) || (last is "S" && words >= 2 && chars.Slice(starts[words - 2], lengths[words - 2]) is "A"));
        if (keptCount == 0)
        {
            // only suffixes and connectors: keep every word
            for (var i = 0; i < words; i++) kept[i] = i;
            keptCount = words;
        }

        var tokens = new string[keptCount];
        var anyDotted = false;
        for (var k = 0; k < keptCount; k++)
        {
            tokens[k] = Share(chars.Slice(starts[kept[k]], lengths[kept[k]]), strings, addNew);
            anyDotted |= dotted[kept[k]];
        }

        bool[] abbreviated;
        if (!anyDotted && keptCount < NoneAbbreviated.Length)
        {
            abbreviated = NoneAbbreviated[keptCount];
        }
        else
        {
            abbreviated = new bool[keptCount];
            for (var k = 0; k < keptCount; k++) abbreviated[k] = dotted[kept[k]];
        }

        if (keptCount == 1) return new NameProfile(tokens, abbreviated, tokens[0], tokens[0], endsWithSuffix);
        return new NameProfile(tokens, abbreviated, SortedKeyOf(tokens, strings, addNew), CompactOf(tokens, strings, addNew), endsWithSuffix);
    }

    /// <summary>The words sorted ordinally, joined by single spaces.</summary>
    private static string SortedKeyOf(string[] tokens, Dictionary<string, string>? strings, bool addNew)
    {
        Span<int> order = tokens.Length <= 32 ? stackalloc int[32] : new int[tokens.Length];
        order = order[..tokens.Length];
        var length = tokens.Length - 1;
        for (var i = 0; i < tokens.Length; i++)
        {
            order[i] = i;
            length += tokens[i].Length;
        }

        // insertion sort: names have a handful of words
        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(tokens[order[j]], tokens[current]) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        Span<char> key = length <= 256 ? stackalloc char[256] : new char[length];
        var at = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (i > 0) key[at++] = ' ';
            tokens[order[i]].CopyTo(key[at..]);
            at += tokens[order[i]].Length;
        }

        return Share(key[..at], strings, addNew);
    }

    /// <summary>The words glued together in their order.</summary>
    private static string CompactOf(string[] tokens, Dictionary<string, string>? strings, bool addNew)
    {
        var length = 0;
        foreach (var token in tokens) length += token.Length;
        Span<char> compact = length <= 256 ? stackalloc char[256] : new char[length];
        var at = 0;
        foreach (var token in tokens)
        {
            token.CopyTo(compact[at..]);
            at += token.Length;
        }

        return Share(compact[..at], strings, addNew);
    }

    private static string Share(ReadOnlySpan<char> text, Dictionary<string, string>? strings, bool addNew)
    {
        if (strings is null) return new string(text);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shared)) return shared;
        shared = new string(text);
        if (addNew) strings.Add(shared, shared);
        return shared;
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="chars"/> word by word; returns the number of words.</summary>
    private static int Words(ReadOnlySpan<char> text, Span<char> chars, Span<int> starts, Span<int> lengths, Span<bool> dotted)
    {
        Span<char> folded = stackalloc char[2];
        var words = 0;
        var at = 0;
        var length = 0;
        foreach (var c in text)
        {
            var count = TextFold.Fold(c, folded);
            if (count == 0)
            {
                if (length > 0)
                {
                    starts[words] = at - length;
                    lengths[words] = length;
                    dotted[words++] = c == '.';
                }

                length = 0;
                continue;
            }

            folded[..count].CopyTo(chars[at..]);
            at += count;
            length += count;
        }

        if (length > 0)
        {
            starts[words] = at - length;
            lengths[words] = length;
            dotted[words++] = false;
        }

        return words;
    }

    public static bool IsLegalSuffix(string word) => LegalSuffixes.Contains(word);
}
