using System.Globalization;
using System.Text;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// A lenient tokenizer for OFX bodies as banks really write them: SGML with unclosed leaf tags, XML, or a mix of both;
/// everything on one line; raw '&amp;' in text; CDATA sections; comments, processing instructions and DOCTYPEs (skipped,
/// never resolved). It reads the <see cref="TextReader"/> through a small window, so memory stays flat whatever the
/// size of the file.
/// </summary>
internal sealed class OfxSgmlTokenizer(TextReader reader) : IOfxTokenSource
{
    // Text values longer than this are cut: no OFX element legitimately holds a megabyte, and it bounds memory.
    private const int MaxTextLength = 1 << 20;

    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _text = new();
    private int _position;
    private int _length;
    private bool _endOfInput;
    private int _line = 1;
    private string? _pendingEndTag;
    private int _pendingEndTagLine;

    public OfxTokenKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string Text { get; private set; } = "";

    public int Line { get; private set; } = 1;

    public bool Read()
    {
        if (_pendingEndTag is not null)
        {
            SetTag(OfxTokenKind.EndTag, _pendingEndTag, _pendingEndTagLine);
            _pendingEndTag = null;
            return true;
        }

        _text.Clear();
        var textLine = _line;
        while (true)
        {
            var c = Peek(0);
            if (c < 0)
            {
                return FlushText(textLine);
            }

            if (c != '<')
            {
                ReadText();
                continue;
            }

            var next = Peek(1);
            if (next == '!')
            {
                if (StartsWith("<![CDATA["))
                {
                    Advance(9);
                    ReadUntil("]]>", _text);
                    continue;
                }

                // Comments and declarations (DOCTYPE) carry nothing we need; external entities are never resolved.
                if (StartsWith("<!--")) SkipUntil("-->");
                else SkipUntil(">");
                continue;
            }

            if (next == '?')
            {
                SkipUntil("?>");
                continue;
            }

            if (next == '/' || IsNameStart(next))
            {
                if (_text.Length > 0) return FlushText(textLine);
                ReadTag();
                return true;
            }

            // A '<' that starts no tag is text (seen in unescaped SGML values).
            AppendText('<');
            Advance(1);
        }
    }

    private bool FlushText(int textLine)
    {
        if (_text.Length == 0) return false;
        Kind = OfxTokenKind.Text;
        Name = "";
        Text = _text.ToString();
        Line = textLine;
        return true;
    }

    private void ReadText()
    {
        while (true)
        {
            if (_position >= _length && !Fill(1)) return;

            // Copy the run up to the next '<' or '&' in one go: text is most of an OFX file.
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny('<', '&');
            var run = stop < 0 ? span : span[..stop];
            _line += run.Count('\n');
            var room = MaxTextLength - _text.Length;
            if (room > 0) _text.Append(run.Length <= room ? run : run[..room]);
            _position += run.Length;
            if (stop < 0) continue;
            if (span[stop] == '<') return;
            ReadEntity();
        }
    }

    private void ReadEntity()
    {
        // Find ';' within a short window; anything else is a raw '&' (e.g. "Amazon & Cloud").
        var end = -1;
        for (var i = 1; i < 12; i++)
        {
            var c = Peek(i);
            if (c == ';')
            {
                end = i;
                break;
            }

            if (c < 0 || !(char.IsAsciiLetterOrDigit((char)c) || c == '#')) break;
        }

        if (end > 1)
        {
            var name = new string(_buffer, _position + 1, end - 1);
            var decoded = DecodeEntity(name);
            if (decoded is not null)
            {
                foreach (var ch in decoded) AppendText(ch);
                Advance(end + 1);
                return;
            }
        }

        AppendText('&');
        Advance(1);
    }

    private static string? DecodeEntity(string name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00A0";
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name.Length > 2 && (name[1] == 'x' || name[1] == 'X');
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
            {
                return char.ConvertFromUtf32(code);
            }
        }

        return null;
    }

    private void ReadTag()
    {
        var line = _line;
        Advance(1); // '<'
        var isEnd = Peek(0) == '/';
        if (isEnd) Advance(1);

        var name = new StringBuilder();
        while (true)
        {
            var c = Peek(0);
            if (c < 0 || c == '>' || c == '/' || c == '<' || char.IsWhiteSpace((char)c)) break;
            name.Append(char.ToUpperInvariant((char)c));
            Advance(1);
        }

        // Skip attributes (XML OFX has none on elements, but be tolerant) up to '>' or '/>'.
        var selfClosing = false;
        while (true)
        {
            var c = Peek(0);
            if (c < 0) break;
            if (c == '<') break; // broken tag: leave the '<' for the next token
            Advance(1);
            if (c == '>') break;
            if (c == '/' && Peek(0) == '>')
            {
                Advance(1);
                selfClosing = true;
                break;
            }
        }

        SetTag(isEnd ? OfxTokenKind.EndTag : OfxTokenKind.StartTag, name.ToString(), line);
        if (selfClosing && !isEnd)
        {
            _pendingEndTag = Name;
            _pendingEndTagLine = line;
        }
    }

    private void SetTag(OfxTokenKind kind, string name, int line)
    {
        Kind = kind;
        Name = name;
        Text = "";
        Line = line;
    }

    private void AppendText(char c)
    {
        if (_text.Length < MaxTextLength) _text.Append(c);
    }

    private static bool IsNameStart(int c) => c >= 0 && (char.IsAsciiLetter((char)c) || c == '_');

    private bool StartsWith(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (Peek(i) != s[i]) return false;
        }

        return true;
    }

    private void SkipUntil(string terminator) => ReadUntil(terminator, null);

    private void ReadUntil(string terminator, StringBuilder? into)
    {
        while (true)
        {
            var c = Peek(0);
            if (c < 0) return;
            if (c == terminator[0] && StartsWith(terminator))
            {
                Advance(terminator.Length);
                return;
            }

            if (into is not null && into.Length < MaxTextLength) into.Append((char)c);
            Advance(1);
        }
    }

    /// <summary>The character <paramref name="offset"/> ahead of the current position, or -1 at the end.</summary>
    private int Peek(int offset)
    {
        if (_position + offset >= _length && !Fill(offset + 1)) return -1;
        return _buffer[_position + offset];
    }

    private bool Fill(int needed)
    {
        if (_endOfInput) return _length - _position >= needed;
        if (_position > 0)
        {
            Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
            _length -= _position;
            _position = 0;
        }

        while (_length < needed)
        {
            var read = reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _endOfInput = true;
                break;
            }

            _length += read;
        }

        return _length - _position >= needed;
    }

    private void Advance(int count)
    {
        for (var i = 0; i < count && _position < _length; i++)
        {
            if (_buffer[_position] == '\n') _line++;
            _position++;
        }
    }
}
