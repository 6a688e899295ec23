using System.Globalization;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Entries as the reasons name them, written straight into the reason being built (no string of its own):
/// <see cref="One"/> gives "invoice 100234"; <see cref="List"/> gives "100234, 100235"; <see cref="Described"/> gives
/// the one entry's name or "the 2 entries 100234, 100235".
/// </summary>
internal readonly struct DocumentNames : ISpanFormattable
{
    private readonly IndexedEntry[] _entries;
    private readonly ReadOnlyMemory<int> _which;
    private readonly int _single;
    private readonly bool _counted;

    private DocumentNames(IndexedEntry[] entries, ReadOnlyMemory<int> which, int single, bool counted)
    {
        _entries = entries;
        _which = which;
        _single = single;
        _counted = counted;
    }

    public static DocumentNames One(IndexedEntry[] entries, int entry) => new(entries, default, entry, counted: false);

    public static DocumentNames List(IndexedEntry[] entries, ReadOnlyMemory<int> which) => new(entries, which, -1, counted: false);

    public static DocumentNames Described(IndexedEntry[] entries, ReadOnlyMemory<int> which) =>
        which.Length == 1 ? One(entries, which.Span[0]) : new(entries, which, -1, counted: true);

    public static string Prefix(DocumentType type) => type switch
    {
        DocumentType.Invoice => "invoice ",
        DocumentType.CreditMemo => "credit memo ",
        DocumentType.FinanceCharge => "finance charge memo ",
        DocumentType.Reminder => "reminder ",
        _ => "document ",
    };

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var written = 0;
        if (_single >= 0)
        {
            var source = _entries[_single].Source;
            if (!Put(destination, ref written, Prefix(source.DocumentType)) || !Put(destination, ref written, source.DocumentNo)) return false;
            charsWritten = written;
            return true;
        }

        if (_counted)
        {
            if (!Put(destination, ref written, "the ")) return false;
            if (!_which.Length.TryFormat(destination[written..], out var digits, default, CultureInfo.InvariantCulture)) return false;
            written += digits;
            if (!Put(destination, ref written, " entries ")) return false;
        }

        for (var i = 0; i < _which.Length; i++)
        {
            if (i > 0 && !Put(destination, ref written, ", ")) return false;
            if (!Put(destination, ref written, _entries[_which.Span[i]].Source.DocumentNo)) return false;
        }

        charsWritten = written;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        // only when a reason outgrows its buffer: format into a growing array
        for (var size = 256; ; size *= 2)
        {
            var buffer = new char[size];
            if (TryFormat(buffer, out var written, default, formatProvider)) return new string(buffer, 0, written);
        }
    }

    public override string ToString() => ToString(null, null);

    private static bool Put(Span<char> destination, ref int written, string? text)
    {
        if (!(text ?? "").TryCopyTo(destination[written..])) return false;
        written += text?.Length ?? 0;
        return true;
    }
}
