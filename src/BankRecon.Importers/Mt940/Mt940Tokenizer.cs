using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// Turns the physical lines of an MT940/MT942 file into fields and message ends, one line at a time (memory stays flat).
/// It removes what is not part of the message text: SOH/ETX control characters, the SWIFT block envelope
/// <c>{1:…}{2:…}{3:…}{4:</c> … <c>-}{5:…}</c> (on one line or several), proprietary header lines before :20:
/// (ABN AMRO "ABNANL2A / 940", ING "0000 01INGB…", Rabobank ":940:") and empty lines.
/// </summary>
internal sealed class Mt940Tokenizer(TextReader reader)
{
    // Physical lines read ahead (to decide what a lone '-' means) and not yet processed.
    private readonly List<(string Text, int Number)> _lookahead = [];
    private readonly Queue<Mt940Token> _ready = new();
    private int _lookaheadStart;
    private int _lineNumber;
    private string? _tag;
    private List<string>? _lines;
    private int _tagLine;

    /// <summary>Non-empty lines outside any field (bank header lines, stray text), which were skipped.</summary>
    public int SkippedLineCount { get; private set; }

    public int FirstSkippedLine { get; private set; }

    public bool TryRead([NotNullWhen(true)] out Mt940Token? token)
    {
        while (_ready.Count == 0)
        {
            if (!TryReadLine(out var text, out var number))
            {
                FlushField();
                break;
            }

            Process(text, number);
        }

        return _ready.TryDequeue(out token);
    }

    private void Process(string line, int number)
    {
        var text = line;

        // Envelope pieces may share a line with each other and with field text: "-}{5:…}", "-}{1:…}{2:…}{4:", "{4::20:X".
        while (text.Length > 0)
        {
            if (text.StartsWith("-}", StringComparison.Ordinal))
            {
                EndMessage(number);
                text = text[2..];
            }
            else if (text[0] == '{')
            {
                if (text.StartsWith("{4:", StringComparison.Ordinal))
                {
                    // Block 4 holds the message text; anything before it belonged to a previous, unterminated message.
                    FlushField();
                    text = text[3..];
                    break;
                }

                text = SkipBlock(text);
            }
            else if (text[0] == '}' && text.AsSpan().Trim().Length == 1)
            {
                text = "";
            }
            else
            {
                break;
            }
        }

        if (text.Length == 0) return;

        if (text.AsSpan().TrimEnd().SequenceEqual("-"))
        {
            if (IsTerminator()) EndMessage(number);
            else _lines?.Add(text);
            return;
        }

        if (TryGetTag(text, out var tag, out var contentStart))
        {
            FlushField();
            if (tag.Length == 3 && char.IsAsciiDigit(tag[2]))
            {
                // ":940:" / ":942:" pseudo-tag (Rabobank): a header, not a field.
                CountSkipped(number);
                return;
            }

            _tag = tag;
            _tagLine = number;
            _lines = [text[contentStart..]];
            return;
        }

        if (_lines is not null)
        {
            _lines.Add(text);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            CountSkipped(number);
        }
    }

    /// <summary>
    /// A '-' alone on a line ends the message, except inside :86: text when the next line continues that text
    /// (the OCA ING sample has such a '-' in the middle of a :86: value).
    /// </summary>
    private bool IsTerminator()
    {
        if (_tag != "86") return true;
        var next = PeekNonEmpty();
        if (next is null) return true;
        var trimmed = next.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('-') || TryGetTag(next, out _, out _) || LooksLikeHeaderLine(next);
    }

    private void EndMessage(int number)
    {
        FlushField();
        _ready.Enqueue(new Mt940Token(Mt940TokenKind.EndOfMessage, "-", [], number));
    }

    private void FlushField()
    {
        if (_tag is null || _lines is null) return;
        _ready.Enqueue(new Mt940Token(Mt940TokenKind.Field, _tag, _lines, _tagLine));
        _tag = null;
        _lines = null;
    }

    private void CountSkipped(int number)
    {
        if (SkippedLineCount == 0) FirstSkippedLine = number;
        SkippedLineCount++;
    }

    /// <summary>Skips one balanced <c>{n:…}</c> block (blocks nest: <c>{3:{108:…}}</c>) and returns the rest of the line.</summary>
    private static string SkipBlock(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return text[(i + 1)..];
        }

        return "";
    }

    /// <summary>":20:", ":28C:", ":NS:" and the ":940:" pseudo-tag at the start of a line.</summary>
    internal static bool TryGetTag(string line, [NotNullWhen(true)] out string? tag, out int contentStart)
    {
        tag = null;
        contentStart = 0;
        if (line.Length < 4 || line[0] != ':') return false;
        if (line.StartsWith(":NS:", StringComparison.Ordinal))
        {
            tag = "NS";
            contentStart = 4;
            return true;
        }

        if (!char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2])) return false;
        if (line[3] == ':')
        {
            tag = line.Substring(1, 2);
            contentStart = 4;
            return true;
        }

        if (line.Length >= 5 && line[4] == ':' && (char.IsAsciiLetterUpper(line[3]) || char.IsAsciiDigit(line[3])))
        {
            tag = line.Substring(1, 3);
            contentStart = 5;
            return true;
        }

        return false;
    }

    /// <summary>Bank header lines seen before :20: — a BIC ("ABNANL2A"), a message type ("940"), ING's "0000 01INGBNL2A…".</summary>
    private static bool LooksLikeHeaderLine(string line)
    {
        var value = line.AsSpan().Trim();
        if (value.Length == 3 && Mt940Syntax.AllDigits(value)) return true;
        if (Mt940Account.LooksLikeBic(value)) return true;
        return value.Length > 8 && Mt940Syntax.AllDigits(value[..4]) && value[4] == ' ' && Mt940Syntax.AllDigits(value.Slice(5, 2));
    }

    private string? PeekNonEmpty()
    {
        for (var i = _lookaheadStart; ; i++)
        {
            if (i == _lookahead.Count)
            {
                if (!TryReadPhysical(out var text)) return null;
                _lookahead.Add((text, _lineNumber));
            }

            var candidate = _lookahead[i].Text;
            if (candidate.Length > 0) return candidate;
        }
    }

    private bool TryReadLine(out string text, out int number)
    {
        if (_lookaheadStart < _lookahead.Count)
        {
            (text, number) = _lookahead[_lookaheadStart++];
            if (_lookaheadStart == _lookahead.Count)
            {
                _lookahead.Clear();
                _lookaheadStart = 0;
            }

            return true;
        }

        var read = TryReadPhysical(out text);
        number = _lineNumber;
        return read;
    }

    private bool TryReadPhysical(out string text)
    {
        var raw = reader.ReadLine();
        if (raw is null)
        {
            text = "";
            return false;
        }

        _lineNumber++;
        text = Clean(raw, _lineNumber == 1);
        return true;
    }

    /// <summary>Removes SOH/ETX and other control characters (tabs stay), and a byte-order mark on the first line.</summary>
    private static string Clean(string raw, bool firstLine)
    {
        var needsWork = firstLine && raw.StartsWith('\uFEFF');
        if (!needsWork)
        {
            foreach (var c in raw)
            {
                if (c < ' ' && c != '\t')
                {
                    needsWork = true;
                    break;
                }
            }
        }

        if (!needsWork) return raw;
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if ((c < ' ' && c != '\t') || c == '\uFEFF') continue;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
