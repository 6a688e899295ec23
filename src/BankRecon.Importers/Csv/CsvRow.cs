using CsvHelper;

namespace BankRecon.Importers.Csv;

/// <summary>
/// The fields of the current CSV record decoded into one reused char buffer, so that dates, amounts, codes and the
/// blank-row check read spans and only the texts a line keeps become strings. Valid until the next <see cref="Load"/>.
/// </summary>
internal sealed class CsvRow
{
    private char[] _chars = new char[1024];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];

    public int Count { get; private set; }

    /// <summary>Field <paramref name="index"/>; empty when the record has no such field or the column is not mapped (-1).</summary>
    public ReadOnlySpan<char> this[int index] =>
        index >= 0 && index < Count ? _chars.AsSpan(_starts[index], _lengths[index]) : [];

    /// <summary>True when every field is empty or whitespace (or there is none).</summary>
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (!this[i].IsWhiteSpace()) return false;
            }

            return true;
        }
    }

    public void Load(CsvReader reader)
    {
        var count = reader.FieldCount;
        if (_starts.Length < count)
        {
            Array.Resize(ref _starts, Math.Max(count, _starts.Length * 2));
            Array.Resize(ref _lengths, _starts.Length);
        }

        var position = 0;
        for (var i = 0; i < count; i++)
        {
            // UTF-16 never needs more code units than the field's raw UTF-8 bytes (quotes included).
            var bound = reader.GetRawSpan(i).Length;
            if (_chars.Length - position < bound) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, position + bound));
            var written = reader.GetChars(i, _chars.AsSpan(position));
            _starts[i] = position;
            _lengths[i] = written;
            position += written;
        }

        Count = count;
    }

    /// <summary>The fields as strings (the header row).</summary>
    public string[] ToStrings()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = new string(this[i]);
        return fields;
    }
}
