using System.Text;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// What the start of an OFX file says about itself: SGML (1.x, "OFXHEADER:100" lines) or XML (2.x, "&lt;?OFX ...?&gt;"),
/// the version, and the text encoding to decode the body with.
/// </summary>
internal sealed record OfxFileHeader(bool IsXml, string? Version, Encoding Encoding, string? EncodingNote)
{
    private const int SampleBytes = 1 << 20;

    /// <summary>Sniffs a file head: an OFX header or root element after optional BOM and blank lines.</summary>
    public static bool LooksLikeOfx(ReadOnlySpan<byte> head)
    {
        var text = Latin1(head[EncodingDetector.BomLength(head)..], 4096).TrimStart();
        if (text.StartsWith("OFXHEADER", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.StartsWith("<OFX>", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return text.Contains("<?OFX", StringComparison.OrdinalIgnoreCase) || text.Contains("<OFX>", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>Reads the header of a seekable stream and picks the encoding, then rewinds the stream.</summary>
    public static OfxFileHeader Read(Stream seekable)
    {
        var start = seekable.Position;
        var buffer = new byte[(int)Math.Min(SampleBytes, Math.Max(0, seekable.Length - start))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = seekable.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }

        var wholeFile = seekable.Position >= seekable.Length;
        seekable.Position = start;
        var sample = buffer.AsSpan(0, read);

        var bom = EncodingDetector.BomLength(sample);
        var headText = Latin1(sample[bom..], 4096);
        var trimmed = headText.TrimStart();
        var isXml = trimmed.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || (trimmed.StartsWith('<') && trimmed.Contains("<?OFX", StringComparison.OrdinalIgnoreCase));

        string? version;
        string? declared;
        string? charset = null;
        if (isXml)
        {
            version = Attribute(trimmed, "<?OFX", "VERSION");
            declared = Attribute(trimmed, "<?xml", "encoding");
        }
        else
        {
            var header = SgmlHeader(trimmed);
            header.TryGetValue("VERSION", out version);
            header.TryGetValue("ENCODING", out declared);
            header.TryGetValue("CHARSET", out charset);
        }

        if (bom > 0)
        {
            return new OfxFileHeader(isXml, version, EncodingDetector.Detect(sample[..bom], sampleIsWholeFile: true), null);
        }

        var hasHighBytes = sample.ContainsAnyInRange((byte)0x80, (byte)0xFF);
        var validUtf8 = ReferenceEquals(EncodingDetector.Detect(sample, wholeFile), EncodingDetector.Utf8);
        var declaredUtf8 = IsUtf8Name(declared) || IsUtf8Name(charset)
            || (!isXml && string.Equals(declared, "UNICODE", StringComparison.OrdinalIgnoreCase));

        if (declaredUtf8 || (isXml && declared is null))
        {
            return validUtf8
                ? new OfxFileHeader(isXml, version, EncodingDetector.Utf8, null)
                : new OfxFileHeader(isXml, version, EncodingDetector.Windows1252,
                    "The file says it is UTF-8 but is not valid UTF-8; it was read as Windows-1252.");
        }

        // Many banks write UTF-8 but leave the header at CHARSET:1252; Windows-1252 text is almost never valid UTF-8.
        if (hasHighBytes && validUtf8)
        {
            return new OfxFileHeader(isXml, version, EncodingDetector.Utf8,
                $"The header declares {charset ?? declared ?? "no charset"} but the text is valid UTF-8; it was read as UTF-8.");
        }

        var single = isXml ? SingleByte(declared) : SingleByte(charset);
        return new OfxFileHeader(isXml, version, single, null);
    }

    private static Encoding SingleByte(string? name)
    {
        // ASCII, "NONE" and Latin-1 are all read as Windows-1252, their superset, so that 8-bit bytes survive.
        if (string.IsNullOrWhiteSpace(name)) return EncodingDetector.Windows1252;
        var upper = name.Trim().ToUpperInvariant();
        if (upper is "NONE" or "1252" or "USASCII" or "US-ASCII" or "ASCII" or "ISO-8859-1" or "8859-1" or "LATIN1" or "ISO_8859-1")
        {
            return EncodingDetector.Windows1252;
        }

        var found = EncodingDetector.FromName(name);
        return found is null || found.CodePage == 20127 ? EncodingDetector.Windows1252 : found;
    }

    private static bool IsUtf8Name(string? name) =>
        name is not null && (name.Trim().Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            || name.Trim().Equals("UTF8", StringComparison.OrdinalIgnoreCase)
            || name.Trim() == "65001");

    private static Dictionary<string, string> SgmlHeader(string text)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('<')) break;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            header.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return header;
    }

    private static string? Attribute(string text, string instruction, string attribute)
    {
        var start = text.IndexOf(instruction, StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        var end = text.IndexOf("?>", start, StringComparison.Ordinal);
        if (end < 0) return null;
        var pi = text[start..end];
        var at = pi.IndexOf(attribute + "=", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var valueStart = at + attribute.Length + 1;
        if (valueStart >= pi.Length) return null;
        var quote = pi[valueStart];
        if (quote is not ('"' or '\'')) return null;
        var valueEnd = pi.IndexOf(quote, valueStart + 1);
        return valueEnd < 0 ? null : pi[(valueStart + 1)..valueEnd];
    }

    private static string Latin1(ReadOnlySpan<byte> bytes, int max) => Encoding.Latin1.GetString(bytes[..Math.Min(max, bytes.Length)]);
}
