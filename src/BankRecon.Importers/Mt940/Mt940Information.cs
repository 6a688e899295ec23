using System.Text;
using BankRecon.Domain.Payments;
using BankRecon.Importers.Text;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// Reads the :86: "information to account owner" in the dialects banks use:
/// German DK/DFÜ subfields (<c>166?00GUTSCHRIFT?20EREF+…?21SVWZ+…?30BIC?31IBAN?32Name</c>, Triodos with '&gt;'),
/// Dutch/SEPA structured keys (<c>/EREF/…/ORDP//NAME/…/REMI/USTD//…/</c>) and free text.
/// </summary>
internal static class Mt940Information
{
    /// <summary>A full :86: line is 65 characters; a shorter one was ended on purpose, so its break is a word break.</summary>
    private const int FullLineLength = 65;

    /// <summary>Maximum length of a SEPA end-to-end reference.</summary>
    private const int EndToEndMaxLength = 35;

    private static readonly string[] SepaKeys =
        ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "OAMT", "COAM", "PURP", "BREF", "RREF", "IBAN", "BIC"];

    // Top-level keys of the Dutch/SEPA structured layout. USTD/STRD/CUR are read inside the REMI value.
    private static readonly HashSet<string> StructuredKeys = new(StringComparer.Ordinal)
    {
        "EREF", "PREF", "MARF", "CSID", "CNTP", "BENM", "ORDP", "NAME", "ADDR", "REMI", "ISDT", "RTRN", "IBAN", "BIC",
        "ACCW", "SUM", "TRTP", "PURP", "ULTC", "ULTD", "ULTB", "ULTE", "CDTRREFTP", "CDTRREF", "CD", "ISSR", "SVCL",
        "CREF", "EXCH", "CHGS", "OCMT", "TRCD", "BUSP", "RTYP", "CITY", "COUNTRY", "ID",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StructuredKeyLookup = StructuredKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the first :86: line starts like the German DK layout: a 3-digit GVC followed by '?' (or '&gt;').</summary>
    public static bool IsGermanLayout(string firstLine)
    {
        var line = firstLine.AsSpan();
        if (line.Length < 3 || !Mt940Syntax.AllDigits(line[..3])) return false;
        return line.Length == 3 || line[3] is '?' or '>';
    }

    /// <summary>
    /// Joins the physical lines of one :86: field. German subfields are cut anywhere (even inside an IBAN), so their
    /// lines join without a separator. In other layouts a full-width line was wrapped (join directly) and a shorter line
    /// was ended on purpose (join with a line break, read later as a space).
    /// </summary>
    public static string Join(IReadOnlyList<string> lines, bool german)
    {
        if (lines.Count == 1) return lines[0];
        if (german) return string.Concat(lines);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i - 1].Length < FullLineLength) builder.Append('\n');
            builder.Append(lines[i]);
        }

        return builder.ToString();
    }

    public static Mt940Details Parse(string text, bool german)
    {
        if (string.IsNullOrWhiteSpace(text)) return Mt940Details.Empty;
        if (german) return ParseGerman(text);
        var marks = FindStructuredMarks(text);
        return marks.Count >= 2 || (text.StartsWith('/') && marks.Count >= 1)
            ? ParseStructured(text, marks)
            : ParseFreeText(text);
    }

    private static Mt940Details ParseGerman(string text)
    {
        var separator = text.Length > 3 ? text[3] : '?';
        var code = text[..Math.Min(3, text.Length)];
        var subfields = new SortedDictionary<int, string>();
        var i = 3;
        while (i < text.Length)
        {
            if (!IsSubfieldStart(text, i, separator))
            {
                i++;
                continue;
            }

            var number = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            var start = i + 3;
            var end = start;
            while (end < text.Length && !IsSubfieldStart(text, end, separator)) end++;
            var value = text[start..end];
            subfields[number] = subfields.TryGetValue(number, out var earlier) ? earlier + value : value;
            i = end;
        }

        var purpose = JoinSubfields(subfields.Where(s => s.Key is >= 20 and <= 29 or >= 60 and <= 63).Select(s => s.Value), out var boundaries);
        string? description;
        string? endToEnd = null;
        string? reference = null;
        if (HasSepaKeys(purpose))
        {
            var values = SplitSepaKeys(purpose, boundaries, out var before, out var spill);
            values.TryGetValue("SVWZ", out var remittance);
            values.TryGetValue("EREF", out var eref);
            endToEnd = NullIfPlaceholder(eref);
            description = Collapse(string.Join(" ", new[] { before, remittance, spill }.Where(p => !string.IsNullOrWhiteSpace(p))));
            reference = FindRfReference(remittance);
        }
        else
        {
            description = Collapse(purpose);
        }

        subfields.TryGetValue(0, out var bookingText);
        subfields.TryGetValue(31, out var account);
        var name = Collapse(JoinSubfields(subfields.Where(s => s.Key is 32 or 33).Select(s => s.Value), out _));
        return new Mt940Details
        {
            Description = NullIfEmpty(description) ?? NullIfEmpty(Collapse(bookingText)),
            CounterpartyName = NullIfEmpty(name),
            CounterpartyAccount = NullIfEmpty(account?.Trim()),
            EndToEndId = NullIfEmpty(endToEnd?.Trim()),
            Reference = reference,
            ReferenceType = reference is null ? null : "SCOR",
            TransactionCode = Mt940Syntax.AllDigits(code) && code.Length == 3 ? code : null,
            BookingText = NullIfEmpty(Collapse(bookingText)),
        };
    }

    private static bool IsSubfieldStart(string text, int i, char separator) =>
        text[i] == separator && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]);

    private static bool HasSepaKeys(string text)
    {
        foreach (var key in SepaKeys)
        {
            if (text.Contains(key + "+", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// Joins subfield values. The bank cuts one text into subfields of at most 27 characters, sometimes mid-word and
    /// sometimes at word ends, so a space goes in only where no word (or number, such as an IBAN) was cut:
    /// not after a full 27-character subfield, not before a lowercase letter, not between two digits.
    /// </summary>
    private static string JoinSubfields(IEnumerable<string> values, out List<int> boundaries)
    {
        const int SubfieldLength = 27;
        var builder = new StringBuilder();
        boundaries = [];
        string? previous = null;
        foreach (var value in values)
        {
            if (previous is { Length: > 0 } && value.Length > 0)
            {
                var last = previous[^1];
                var next = value[0];
                var glue = previous.Length >= SubfieldLength || char.IsWhiteSpace(last) || char.IsWhiteSpace(next) || next is ',' or '.' or ';' or ':' or ')'
                    || (last is not (',' or ';' or '.' or ':') && char.IsLower(next)) || (char.IsAsciiDigit(last) && char.IsAsciiDigit(next));
                if (!glue) builder.Append(' ');
            }

            boundaries.Add(builder.Length);
            builder.Append(value);
            if (value.Length > 0) previous = value;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits "EREF+abc SVWZ+text" into key → value; text before the first key comes back in <paramref name="before"/>.
    /// A reference longer than SEPA allows (35) is cut at the last subfield boundary inside that length: some banks
    /// run a message text ("MTLG:…") straight on after the reference. The cut-off text comes back in <paramref name="spill"/>.
    /// </summary>
    private static Dictionary<string, string> SplitSepaKeys(string text, List<int> boundaries, out string before, out string spill)
    {
        var marks = new List<(int Index, string Key)>();
        foreach (var key in SepaKeys)
        {
            var at = 0;
            while ((at = text.IndexOf(key + "+", at, StringComparison.Ordinal)) >= 0)
            {
                marks.Add((at, key));
                at += key.Length + 1;
            }
        }

        marks.Sort((a, b) => a.Index.CompareTo(b.Index));
        before = marks.Count > 0 ? text[..marks[0].Index] : text;
        spill = "";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var m = 0; m < marks.Count; m++)
        {
            var start = marks[m].Index + marks[m].Key.Length + 1;
            var end = m + 1 < marks.Count ? marks[m + 1].Index : text.Length;
            if (end < start) continue;
            if (marks[m].Key is "EREF" or "KREF" or "MREF" && end - start > EndToEndMaxLength)
            {
                var cut = boundaries.LastOrDefault(b => b > start && b <= start + EndToEndMaxLength);
                if (cut == 0) cut = start + EndToEndMaxLength;
                spill = (spill + " " + text[cut..end]).Trim();
                end = cut;
            }

            var value = text[start..end];
            values[marks[m].Key] = values.TryGetValue(marks[m].Key, out var earlier) ? earlier + " " + value : value;
        }

        return values;
    }

    /// <summary>Every "/KEY/" whose KEY is a known structured key, in order: (index of the first '/', key, index after the second '/').</summary>
    private static List<(int Start, string Key, int ValueStart)> FindStructuredMarks(string text)
    {
        var marks = new List<(int Start, string Key, int ValueStart)>();
        var i = text.IndexOf('/');
        while (i >= 0 && i < text.Length - 1)
        {
            var close = text.IndexOf('/', i + 1);
            if (close < 0) break;
            var length = close - i - 1;
            // Looked up by span: most "/.../" runs are not keys, and a key found is the set's own string.
            if (length is >= 2 and <= 9 && char.IsAsciiLetterUpper(text[i + 1]) && StructuredKeyLookup.TryGetValue(text.AsSpan(i + 1, length), out var key))
            {
                marks.Add((i, key, close + 1));
            }

            // The closing '/' may open the next key ("/BENM//NAME/").
            i = close;
        }

        return marks;
    }

    private static Mt940Details ParseStructured(string text, List<(int Start, string Key, int ValueStart)> marks)
    {
        var before = marks.Count > 0 ? text[..marks[0].Start] : text;
        var values = new List<(string Key, string Value, string? Owner)>();
        string? owner = null;
        for (var m = 0; m < marks.Count; m++)
        {
            var end = m + 1 < marks.Count ? marks[m + 1].Start : text.Length;
            var value = marks[m].ValueStart <= end ? text[marks[m].ValueStart..end] : "";
            if (value.EndsWith('/')) value = value[..^1];
            var key = marks[m].Key;
            values.Add((key, value.Contains('\n', StringComparison.Ordinal) ? value.Replace('\n', ' ') : value, owner));
            if (key is "BENM" or "ORDP" or "CNTP" or "ULTC" or "ULTD" or "ULTB" or "ULTE") owner = key;
            else if (key is not ("NAME" or "ID" or "ADDR" or "CITY" or "COUNTRY" or "IBAN" or "BIC")) owner = null;
        }

        string? First(string key, bool counterpartyOnly = false)
        {
            foreach (var (candidateKey, value, valueOwner) in values)
            {
                if (candidateKey != key || (counterpartyOnly && !IsCounterpartyOwner(valueOwner))) continue;
                var trimmed = value.Trim();
                if (trimmed.Length > 0) return trimmed;
            }

            return null;
        }

        static bool IsCounterpartyOwner(string? owner) => owner is null or "BENM" or "ORDP" or "CNTP";

        var name = First("NAME", counterpartyOnly: true);
        var account = First("IBAN", counterpartyOnly: true);
        var counterparty = First("CNTP");
        if (counterparty is not null)
        {
            // ING: /CNTP/IBAN/BIC/NAME/CITY/
            var parts = counterparty.Split('/');
            account ??= NullIfEmpty(parts[0].Trim());
            if (parts.Length > 2) name ??= NullIfEmpty(parts[2].Trim());
        }

        var accountWithBic = First("ACCW");
        if (account is null && accountWithBic is not null) account = NullIfEmpty(accountWithBic.Split(',')[0].Trim());

        string? reference = null;
        string? referenceType = null;
        string? description = null;
        var remittance = First("REMI");
        if (remittance is not null)
        {
            if (remittance.StartsWith("USTD/", StringComparison.Ordinal))
            {
                description = remittance["USTD/".Length..].TrimStart('/');
            }
            else if (remittance.StartsWith("STRD/", StringComparison.Ordinal))
            {
                // /REMI/STRD/CUR/1234567890123456/: issuer code, then the structured creditor reference.
                var parts = remittance["STRD/".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
                reference = parts.Length > 1 ? parts[1].Trim() : parts.Length == 1 ? parts[0].Trim() : null;
                referenceType = "SCOR";
            }
            else
            {
                description = remittance.TrimStart('/');
            }
        }

        var creditorReference = First("CDTRREF");
        if (reference is null && creditorReference is not null)
        {
            reference = creditorReference;
            referenceType = First("CD") ?? "SCOR";
        }

        description ??= NullIfEmpty(Collapse(before)) ?? First("TRTP");
        return new Mt940Details
        {
            Description = NullIfEmpty(Collapse(description)),
            CounterpartyName = NullIfEmpty(Collapse(name)),
            CounterpartyAccount = account,
            EndToEndId = NullIfPlaceholder(First("EREF")),
            Reference = NullIfEmpty(reference),
            ReferenceType = NullIfEmpty(reference) is null ? null : referenceType,
        };
    }

    private static Mt940Details ParseFreeText(string text)
    {
        var description = Collapse(text);
        string? account = null;
        string? name = null;

        // Knab: "REK: NL65INGB0123456789/NAAM: PICQER"
        var rek = description.IndexOf("REK: ", StringComparison.Ordinal);
        if (rek >= 0)
        {
            var start = rek + "REK: ".Length;
            var end = start;
            while (end < description.Length && description[end] is not ('/' or ' ')) end++;
            account = NullIfEmpty(description[start..end]);
            var naam = description.IndexOf("NAAM: ", end, StringComparison.Ordinal);
            if (naam >= 0) name = NullIfEmpty(description[(naam + "NAAM: ".Length)..].Trim());
        }

        return new Mt940Details { Description = NullIfEmpty(description), CounterpartyAccount = account, CounterpartyName = name };
    }

    /// <summary>
    /// Finds an ISO 11649 creditor reference at the start of a remittance text ("RF18539007547034" or grouped
    /// "RF18 5390 0754 7034"), accepted only with valid check digits.
    /// </summary>
    internal static string? FindRfReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        if (!value.StartsWith("RF", StringComparison.OrdinalIgnoreCase)) return null;

        // Candidates: the first word alone, or "RF18" followed by 4-character groups ("RF18 5390 0754 7034").
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToUpperInvariant();
        string? found = PaymentReference.IsValidRf(first) ? first : null;
        if (first.Length == 4)
        {
            var candidate = new StringBuilder(first);
            for (var w = 1; w < words.Length && words[w].Length <= 4 && candidate.Length + words[w].Length <= 25; w++)
            {
                candidate.Append(words[w].ToUpperInvariant());
                if (PaymentReference.IsValidRf(candidate.ToString())) found = candidate.ToString();
                if (words[w].Length < 4) break;
            }
        }

        return found;
    }

    private static string? NullIfPlaceholder(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed is "NOTPROVIDED" or "NONREF" or "NOT PROVIDED" ? null : trimmed;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Whitespace runs (spaces, line breaks, tabs) become one space.</summary>
    internal static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (CollapsedText.Is(text)) return text;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
