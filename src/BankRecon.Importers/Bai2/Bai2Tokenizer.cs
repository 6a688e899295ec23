using System.Diagnostics.CodeAnalysis;

namespace BankRecon.Importers.Bai2;

/// <summary>
/// Splits a BAI2 file into logical records, one physical line at a time. Handles several records on one line
/// ("…,2/   02,…"), a 16 record whose text goes on over the next physical line without an 88, trailing spaces after
/// the '/', and a missing final '/'.
/// </summary>
internal sealed class Bai2Tokenizer(TextReader reader)
{
    private static readonly string[] RecordCodes = ["01", "02", "03", "16", "49", "88", "98", "99"];

    private readonly Queue<Bai2Record> _ready = new();
    private Bai2Record? _last;
    private int _lineNumber;

    /// <summary>Non-empty lines that were neither a record nor a continuation (text before the first record).</summary>
    public int SkippedLineCount { get; private set; }

    public bool TryRead([NotNullWhen(true)] out Bai2Record? record)
    {
        while (_ready.Count == 0)
        {
            var line = reader.ReadLine();
            if (line is null)
            {
                if (_last is not null)
                {
                    _ready.Enqueue(_last);
                    _last = null;
                }

                break;
            }

            _lineNumber++;
            Process(line.TrimStart('\uFEFF'));
        }

        return _ready.TryDequeue(out record);
    }

    private void Process(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        var text = line.TrimStart();
        if (!StartsWithRecordCode(text, 0))
        {
            // A physical line that does not start a record continues the previous one (moov sample3).
            if (_last is null)
            {
                SkippedLineCount++;
                return;
            }

            _last = _last with { Content = JoinContinuation(_last.Content, text) };
            return;
        }

        var start = 0;
        while (start < text.Length)
        {
            var next = FindNextRecord(text, start + 3);
            var piece = next < 0 ? text[start..] : text[start..next];
            if (_last is not null) _ready.Enqueue(_last);
            _last = new Bai2Record(piece[..2], piece[3..].TrimEnd(), _lineNumber);
            if (next < 0) break;
            start = next;
        }
    }

    private static string JoinContinuation(string content, string continuation)
    {
        var trimmed = content.TrimEnd();
        return trimmed.EndsWith('/') ? trimmed + continuation : trimmed + " " + continuation;
    }

    /// <summary>The next "/ NN," (slash, optional spaces, a record code and a comma) after <paramref name="from"/>.</summary>
    private static int FindNextRecord(string text, int from)
    {
        for (var i = text.IndexOf('/', from); i >= 0; i = text.IndexOf('/', i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] == ' ') j++;
            if (StartsWithRecordCode(text, j)) return j;
        }

        return -1;
    }

    private static bool StartsWithRecordCode(string text, int at)
    {
        if (at + 3 > text.Length || text[at + 2] != ',') return false;
        foreach (var code in RecordCodes)
        {
            if (text[at] == code[0] && text[at + 1] == code[1]) return true;
        }

        return false;
    }
}
