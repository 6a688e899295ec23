using System.Text;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Csv;

/// <summary>A cheap look at a file head: is it delimited text at all? (CSV is the last resort of format detection.)</summary>
internal static class CsvSniffer
{
    public static readonly char[] Delimiters = [';', ',', '\t', '|'];

    public static bool LooksDelimited(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0) return false;
        var bom = EncodingDetector.BomLength(head);
        var body = head[bom..];
        if (bom == 0 && body[..Math.Min(body.Length, 4096)].Contains((byte)0)) return false; // binary

        var encoding = EncodingDetector.Detect(head, sampleIsWholeFile: head.Length < 8192);
        var text = encoding.GetString(body);
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is '<' or '{' or '[') return false;

        var lines = SampleLines(text, wholeText: head.Length < 8192);
        if (lines.Count == 0) return false;
        foreach (var delimiter in Delimiters)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, delimiter)).Where(c => c > 0).ToList();
            if (counts.Count == 0) continue;
            if (lines.Count == 1 && counts[0] >= 1) return true;
            // At least two lines split into the same number of fields (a header and a row, or rows).
            if (counts.GroupBy(c => c).Any(g => g.Count() >= 2)) return true;
        }

        return false;
    }

    /// <summary>Up to 30 non-empty lines; the last one is dropped when the sample may have cut it.</summary>
    public static List<string> SampleLines(string text, bool wholeText)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!wholeText && lines.Count > 1) lines.RemoveAt(lines.Count - 1);
        return lines.Where(l => l.Trim().Length > 0).Take(30).ToList();
    }

    public static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) count++;
        }

        return count;
    }

    public static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding) => encoding.GetString(bytes[EncodingDetector.BomLength(bytes)..]);
}
