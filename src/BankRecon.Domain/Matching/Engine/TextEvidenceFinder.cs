using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Finds payment references and document numbers of open entries in a line's texts (our rule set). Tokens are runs of
/// 1–4 atoms joined by nothing or by one or two separators ("INV-1042", "INV 1042", "inv1042"); references may span
/// up to 8 digit groups ("0010 3456 74", "RF18 5390 0754 7034"). A digit group is always whole, so "1042" is never
/// found inside "110425". Look-ups use spans over the atom buffer; strings are only made for hits.
/// </summary>
internal sealed class TextEvidenceFinder
{
    /// <summary>References found in free text must be at least this long (short digit runs are dates and amounts).</summary>
    public const int MinTextReferenceLength = 5;

    /// <summary>A key that many entries share (e.g. a common external number) contributes at most this many hits.</summary>
    public const int MaxEntriesPerKey = 32;

    private const int MaxReferenceAtoms = 8;
    private const int MaxDocumentAtoms = 4;
    private const int MaxReferenceLength = 25;
    private const int MaxDocumentLength = 64;

    private readonly PostingIndex _references;
    private readonly PostingIndex _documents;
    private readonly PostingIndex _digits;
    private readonly char[] _scratch = new char[MaxDocumentLength];
    private readonly List<int> _nearReferences = new(2);

    public TextEvidenceFinder(MatchIndex index)
    {
        _references = index.EntriesByReference;
        _documents = index.EntriesByDocumentKey;
        _digits = index.EntriesByDocumentDigits;
    }

    public void Find(LineState state, TextAtoms atoms)
    {
        var structured = PaymentReference.Compact(state.Line.Reference);
        if (structured.Length >= 2)
        {
            var byStructured = _references.Get(structured);
            if (!byStructured.IsEmpty) MarkReference(state, byStructured, structured);
        }

        for (var i = 0; i < atoms.Count; i++)
        {
            FindReferencesFrom(state, atoms, i);
            FindDocumentsFrom(state, atoms, i);
        }

        if (!state.Hits.Exists(h => h.Reference)) FindNearReferences(state, structured, atoms);
    }

    /// <summary>References this long or longer are checked for a one-digit typo (shorter digit runs are dates, amounts, numbers).</summary>
    public const int MinNearReferenceLength = 8;

    /// <summary>
    /// No reference matched exactly: a reference-like number with invalid check digits (the structured field, or one
    /// digit group or "RF" + digits in the text) is compared with the open entries' references one substitution or one
    /// swap of adjacent digits away. Every check-digit scheme we read rejects such a typo, so the original is among
    /// them; when exactly one entry is found, the typo points at it.
    /// </summary>
    private void FindNearReferences(LineState state, string structured, TextAtoms atoms)
    {
        var found = _nearReferences;
        found.Clear();
        if (structured.Length >= MinNearReferenceLength && !PaymentReference.HasValidCheckDigits(structured)) FindNear(structured, found);
        for (var i = 0; i < atoms.Count && found.Count <= 1; i++)
        {
            var atom = atoms.Atoms[i];
            var last = i;
            if (!atom.IsDigit)
            {
                if (atoms.Span(i) is not "RF" || i + 1 >= atoms.Count || !atoms.Atoms[i + 1].IsDigit || !atoms.Atoms[i + 1].JoinsPrevious) continue;
                last = i + 1;
            }
            else if (i > 0 && atoms.Atoms[i].JoinsPrevious && atoms.Span(i - 1) is "RF")
            {
                continue;
            }

            var span = atoms.Span(i, last);
            if (span.Length < MinNearReferenceLength || span.Length > MaxReferenceLength) continue;
            var text = new string(span);
            if (!PaymentReference.HasValidCheckDigits(text)) FindNear(text, found);
        }

        state.NearReferenceUnique = found.Count == 1;
        foreach (var entry in found)
        {
            var hit = state.Hit(entry);
            hit.ReferenceNear = true;
        }
    }

    private void FindNear(string reference, List<int> found)
    {
        Span<char> variant = stackalloc char[reference.Length];
        reference.AsSpan().CopyTo(variant);
        for (var p = 0; p < variant.Length; p++)
        {
            var original = variant[p];
            if (!char.IsAsciiDigit(original)) continue;
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == original) continue;
                variant[p] = d;
                Collect(variant, found);
            }

            variant[p] = original;
            if (p + 1 < variant.Length && char.IsAsciiDigit(variant[p + 1]) && variant[p + 1] != original)
            {
                (variant[p], variant[p + 1]) = (variant[p + 1], variant[p]);
                Collect(variant, found);
                (variant[p], variant[p + 1]) = (variant[p + 1], variant[p]);
            }
        }
    }

    private void Collect(ReadOnlySpan<char> variant, List<int> found)
    {
        foreach (var entry in _references.Get(variant))
        {
            if (!found.Contains(entry) && found.Count < MaxEntriesPerKey) found.Add(entry);
        }
    }

    private void FindReferencesFrom(LineState state, TextAtoms atoms, int first)
    {
        var start = atoms.Atoms[first];
        var isRf = !start.IsDigit && atoms.Span(first) is "RF";
        if (!start.IsDigit && !isRf) return;
        for (var last = first; last < atoms.Count && last < first + MaxReferenceAtoms; last++)
        {
            if (last > first && !atoms.Atoms[last].JoinsPrevious) break;
            if (!isRf && !atoms.Atoms[last].IsDigit) break;
            var span = atoms.Span(first, last);
            if (span.Length > MaxReferenceLength) break;
            if (span.Length < MinTextReferenceLength) continue;
            var entries = _references.Get(span);
            if (!entries.IsEmpty) MarkReference(state, entries, new string(span));
        }
    }

    private void FindDocumentsFrom(LineState state, TextAtoms atoms, int first)
    {
        for (var last = first; last < atoms.Count && last < first + MaxDocumentAtoms; last++)
        {
            if (last > first && !atoms.Atoms[last].JoinsPrevious) break;
            var span = atoms.Span(first, last);
            if (span.Length > MaxDocumentLength) break;
            ReadOnlySpan<char> key = span;
            if (DocumentKey.NeedsStripping(span))
            {
                var length = DocumentKey.StripLeadingZeros(span, _scratch);
                key = _scratch.AsSpan(0, length);
            }

            if (key.Length < DocumentKey.MinLength) continue;
            var codes = _documents.Get(key);
            if (!codes.IsEmpty) MarkDocuments(state, codes, span, digitsOnly: false);
            if (IsAllDigits(key))
            {
                var digitCodes = _digits.Get(key);
                if (!digitCodes.IsEmpty) MarkDocuments(state, digitCodes, span, digitsOnly: true);
            }
        }
    }

    private static void MarkReference(LineState state, ReadOnlySpan<int> entries, string found)
    {
        var valid = PaymentReference.HasValidCheckDigits(found);
        for (var k = 0; k < entries.Length && k < MaxEntriesPerKey; k++)
        {
            var hit = state.Hit(entries[k]);
            hit.Reference = true;
            hit.ReferenceValid |= valid;
            hit.Found ??= found;
        }
    }

    private static void MarkDocuments(LineState state, ReadOnlySpan<int> codes, ReadOnlySpan<char> found, bool digitsOnly)
    {
        for (var k = 0; k < codes.Length && k < MaxEntriesPerKey; k++)
        {
            var entry = codes[k] >> 1;
            var external = (codes[k] & 1) == 1;
            var hit = state.Hit(entry);
            if (digitsOnly)
            {
                if (hit.FullDocument) continue;
                hit.DigitsOnly = true;
            }
            else if (external)
            {
                hit.External = true;
            }
            else
            {
                hit.Document = true;
            }

            if (hit.Found is null || (!digitsOnly && hit.DigitsOnly)) hit.Found = new string(found);
        }
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }
}
