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
