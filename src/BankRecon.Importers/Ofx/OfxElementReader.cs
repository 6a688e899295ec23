using System.Collections.Frozen;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// Turns tokens into a well-nested element structure, repairing SGML: a start tag followed by text is a leaf element
/// (its end tag is optional); an end tag closes every element opened after the matching start tag; an aggregate that
/// opens while one of the same name is open closes the earlier one (OFX aggregates never nest in themselves); stray
/// end tags are ignored; whatever is open at the end of the input is closed.
/// </summary>
internal sealed class OfxElementReader(IOfxTokenSource tokens)
{
    // Leaf elements that may appear with no value and no end tag in SGML ("<NAME>" directly followed by "<MEMO>").
    // Without this list such an element would be taken for an aggregate and swallow its siblings.
    private static readonly FrozenSet<string> KnownLeaves = new[]
    {
        "TRNTYPE", "DTPOSTED", "DTUSER", "DTAVAIL", "TRNAMT", "FITID", "CORRECTFITID", "CORRECTACTION", "SRVRTID",
        "CHECKNUM", "REFNUM", "SIC", "PAYEEID", "NAME", "EXTDNAME", "MEMO", "INV401KSOURCE", "CURRATE", "CURSYM",
        "CURDEF", "BANKID", "BRANCHID", "ACCTID", "ACCTTYPE", "ACCTKEY", "DTSTART", "DTEND", "BALAMT", "DTASOF",
        "MKTGINFO", "CODE", "SEVERITY", "MESSAGE", "DTSERVER", "LANGUAGE", "DTPROFUP", "DTACCTUP", "ORG", "FID",
        "TRNUID", "CLTCOOKIE", "VALUEDATE", "CATEGORY", "ACCTBAL", "TRANSACTIONSPLIT", "ADDR1", "ADDR2", "ADDR3",
        "CITY", "STATE", "POSTALCODE", "COUNTRY", "PHONE", "INTU.BID", "INTU.USERID",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<string> _open = [];
    private readonly Queue<(OfxEventKind Kind, string Name, string Value, int Line)> _queue = new();
    private bool _hasPushedBack;

    public OfxEventKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Trimmed value of a leaf element.</summary>
    public string Value { get; private set; } = "";

    public int Line { get; private set; }

    /// <summary>Elements still open when the input ended (a truncated file).</summary>
    public int UnclosedAtEnd { get; private set; }

    public bool Read()
    {
        while (_queue.Count == 0)
        {
            if (!NextToken())
            {
                if (_open.Count == 0) return false;
                UnclosedAtEnd = Math.Max(UnclosedAtEnd, _open.Count);
                CloseDownTo(0, tokens.Line);
                break;
            }

            switch (tokens.Kind)
            {
                case OfxTokenKind.Text:
                    continue; // whitespace between aggregates, header lines before <OFX>
                case OfxTokenKind.EndTag:
                    var index = _open.LastIndexOf(tokens.Name);
                    if (index >= 0) CloseDownTo(index, tokens.Line);
                    continue;
                case OfxTokenKind.StartTag:
                    ReadStart();
                    continue;
            }
        }

        var next = _queue.Dequeue();
        (Kind, Name, Value, Line) = next;
        return true;
    }

    private void ReadStart()
    {
        var name = tokens.Name;
        var line = tokens.Line;
        if (!NextToken())
        {
            Leaf(name, "", line);
            return;
        }

        if (tokens.Kind == OfxTokenKind.Text)
        {
            var value = tokens.Text.Trim();
            if (value.Length > 0)
            {
                Leaf(name, value, line);
                SkipMatchingEndTag(name);
                return;
            }

            if (!NextToken())
            {
                Leaf(name, "", line);
                return;
            }
        }

        if (tokens.Kind == OfxTokenKind.EndTag && tokens.Name == name)
        {
            Leaf(name, "", line);
            return;
        }

        PushBack();
        if (KnownLeaves.Contains(name))
        {
            Leaf(name, "", line);
            return;
        }

        var existing = _open.LastIndexOf(name);
        if (existing >= 0) CloseDownTo(existing, line);
        _open.Add(name);
        _queue.Enqueue((OfxEventKind.Open, name, "", line));
    }

    private void SkipMatchingEndTag(string name)
    {
        if (!NextToken()) return;
        if (tokens.Kind == OfxTokenKind.EndTag && tokens.Name == name) return;
        PushBack();
    }

    private void Leaf(string name, string value, int line) => _queue.Enqueue((OfxEventKind.Leaf, name, value, line));

    private void CloseDownTo(int index, int line)
    {
        for (var i = _open.Count - 1; i >= index; i--)
        {
            _queue.Enqueue((OfxEventKind.Close, _open[i], "", line));
            _open.RemoveAt(i);
        }
    }

    private bool NextToken()
    {
        if (_hasPushedBack)
        {
            _hasPushedBack = false;
            return true;
        }

        return tokens.Read();
    }

    // The token source keeps its current token, so pushing back just means "do not advance next time".
    private void PushBack() => _hasPushedBack = true;
}
