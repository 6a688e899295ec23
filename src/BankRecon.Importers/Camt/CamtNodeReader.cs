using System.Xml;

namespace BankRecon.Importers.Camt;

/// <summary>
/// Reads the element under an <see cref="XmlReader"/> into a small <see cref="CamtNode"/> tree. The nodes are pooled:
/// each call to <see cref="Read"/> recycles the nodes of the previous call.
/// </summary>
internal sealed class CamtNodeReader
{
    private readonly List<CamtNode> _pool = [];
    private readonly Stack<CamtNode> _open = new();
    private int _used;

    /// <summary>Reads the element the reader is on, and leaves the reader on the node after its end tag.</summary>
    public CamtNode Read(XmlReader reader)
    {
        _used = 0;
        var root = Rent(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        _open.Clear();
        _open.Push(root);
        reader.Read();
        while (_open.Count > 0)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var node = Rent(reader);
                    _open.Peek().Add(node);
                    if (!reader.IsEmptyElement) _open.Push(node);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    var top = _open.Peek();
                    top.Text = top.Text is null ? reader.Value : top.Text + reader.Value;
                    break;
                case XmlNodeType.EndElement:
                    _open.Pop();
                    break;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of file.");
                default:
                    break;
            }

            reader.Read();
        }

        return root;
    }

    private CamtNode Rent(XmlReader reader)
    {
        CamtNode node;
        if (_used < _pool.Count)
        {
            node = _pool[_used];
        }
        else
        {
            node = new CamtNode();
            _pool.Add(node);
        }

        _used++;
        node.Reset(reader.LocalName);
        if (reader.HasAttributes) node.Currency = reader.GetAttribute("Ccy");
        return node;
    }
}
