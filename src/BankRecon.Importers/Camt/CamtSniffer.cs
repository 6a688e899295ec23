using System.Text;

namespace BankRecon.Importers.Camt;

/// <summary>
/// Recognises an ISO 20022 camt file from its first bytes: XML (with or without declaration or BOM, minified or not)
/// whose root is a <c>Document</c> holding a bank-to-customer message. XML with a DTD is claimed too, so that the
/// camt parser can refuse it with a clear message instead of "unknown format".
/// </summary>
internal static class CamtSniffer
{
    private static readonly string[] MessageMarkers = ["BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn", "camt.05"];

    public static bool Looks(ReadOnlySpan<byte> head)
    {
        var text = Decode(head).AsSpan().TrimStart();
        if (text.Length == 0 || text[0] != '<') return false;

        var hasMessage = false;
        foreach (var marker in MessageMarkers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                hasMessage = true;
                break;
            }
        }

        if (hasMessage && (HasElement(text, "Document") || HasElement(text, "BkToCstmrStmt") || HasElement(text, "BkToCstmrAcctRpt") || HasElement(text, "BkToCstmrDbtCdtNtfctn")))
        {
            return true;
        }

        // A DTD in an XML file that is not OFX: claim it, so it is refused as a DTD (entity-expansion attacks).
        return text.Contains("<!DOCTYPE", StringComparison.Ordinal)
            && !text.Contains("OFX", StringComparison.Ordinal);
    }

    /// <summary>An element start tag with this local name, with or without a namespace prefix.</summary>
    private static bool HasElement(ReadOnlySpan<char> text, string localName)
    {
        var from = 0;
        while (true)
        {
            var found = text[from..].IndexOf(localName, StringComparison.Ordinal);
            if (found < 0) return false;
            var at = from + found;
            var end = at + localName.Length;
            var after = end < text.Length ? text[end] : '>';
            if (after is '>' or '/' || char.IsWhiteSpace(after))
            {
                var before = at - 1;
                if (before >= 0 && text[before] == '<') return true;
                if (before >= 0 && text[before] == ':')
                {
                    var start = before - 1;
                    while (start >= 0 && (char.IsLetterOrDigit(text[start]) || text[start] is '_' or '-' or '.')) start--;
                    if (start >= 0 && text[start] == '<') return true;
                }
            }

            from = end;
        }
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(head[3..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        // Markup is ASCII; Latin-1 maps every byte to one char, so a cut multi-byte sequence cannot hurt.
        return Encoding.Latin1.GetString(head);
    }
}
