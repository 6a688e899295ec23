using System.Text;
using System.Xml;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// Tokens of an OFX 2.x (XML) body read by <see cref="XmlReader"/> with DTDs prohibited and no resolver. Throws
/// <see cref="XmlException"/> when the file is not well-formed; the parser then falls back to <see cref="OfxSgmlTokenizer"/>.
/// </summary>
internal sealed class OfxXmlTokenSource : IOfxTokenSource, IDisposable
{
    private readonly XmlReader _reader;
    private readonly StringBuilder _text = new();
    private bool _pendingEnd;
    private string _pendingEndName = "";
    private bool _hasBufferedNode;

    public OfxXmlTokenSource(TextReader text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        _reader = XmlReader.Create(text, settings);
    }

    public OfxTokenKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string Text { get; private set; } = "";

    public int Line { get; private set; } = 1;

    public bool Read()
    {
        if (_pendingEnd)
        {
            _pendingEnd = false;
            Kind = OfxTokenKind.EndTag;
            Name = _pendingEndName;
            Text = "";
            return true;
        }

        _text.Clear();
        var textLine = 0;
        while (_hasBufferedNode || _reader.Read())
        {
            _hasBufferedNode = false;
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (textLine == 0) textLine = LineNumber();
                    _text.Append(_reader.Value);
                    continue;
                case XmlNodeType.Element:
                case XmlNodeType.EndElement:
                    if (_text.Length > 0)
                    {
                        // Hand out the text first; this element is read again on the next call.
                        _hasBufferedNode = true;
                        return SetText(textLine);
                    }

                    Kind = _reader.NodeType == XmlNodeType.Element ? OfxTokenKind.StartTag : OfxTokenKind.EndTag;
                    Name = _reader.LocalName.ToUpperInvariant();
                    Text = "";
                    Line = LineNumber();
                    if (_reader.NodeType == XmlNodeType.Element && _reader.IsEmptyElement)
                    {
                        _pendingEnd = true;
                        _pendingEndName = Name;
                    }

                    return true;
                default:
                    continue;
            }
        }

        return _text.Length > 0 && SetText(textLine);
    }

    public void Dispose() => _reader.Dispose();

    private bool SetText(int line)
    {
        Kind = OfxTokenKind.Text;
        Name = "";
        Text = _text.ToString();
        Line = line == 0 ? LineNumber() : line;
        return true;
    }

    private int LineNumber() => _reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
