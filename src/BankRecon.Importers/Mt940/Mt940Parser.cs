using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// SWIFT MT940 (customer statement) and MT942 (interim transaction report), including the bank dialects described in
/// docs/formats/mt940.md. Streams the file line by line.
/// </summary>
public sealed class Mt940Parser : IStatementParser
{
    public StatementFormat Format => StatementFormat.Mt940;

    public bool CanRead(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '\u0001' or '\u0003' or '\u00EF' or '\u00BB' or '\u00BF')) start++;
        var body = text.AsSpan(start);
        if (body.StartsWith("{1:", StringComparison.Ordinal) || body.StartsWith(":20:", StringComparison.Ordinal)
            || body.StartsWith(":940:", StringComparison.Ordinal) || body.StartsWith(":942:", StringComparison.Ordinal))
        {
            return true;
        }

        // Bank header lines before the first field (ABN AMRO "ABNANL2A / 940", ING "0000 01INGBNL2A…"):
        // accept when :20: and :25: both start a line within the head.
        return HasLineStartingWith(text, ":20:") && HasLineStartingWith(text, ":25:");
    }

    public void Parse(Stream content, ParseOptions options, IStatementSink sink)
    {
        var capped = new CappedDiagnosticsSink(sink);
        using var spooled = content.CanSeek ? null : new BufferedReadStream(content);
        var seekable = spooled ?? content;
        if (seekable.Length - seekable.Position == 0)
        {
            capped.Diagnostic(ParseDiagnostic.Fatal("file", "The file is empty.").Coded("parse.empty"));
            return;
        }

        var encoding = StatementEncoding.Choose(seekable, options, capped);
        using var reader = new StreamReader(seekable, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
        new Mt940Reader(new Mt940Tokenizer(reader), capped, options).Run();
        capped.Complete();
    }

    private static bool HasLineStartingWith(string text, string prefix)
    {
        if (text.StartsWith(prefix, StringComparison.Ordinal)) return true;
        var at = 0;
        while ((at = text.IndexOf(prefix, at, StringComparison.Ordinal)) > 0)
        {
            if (text[at - 1] is '\n' or '\r' or '\u0001') return true;
            at += prefix.Length;
        }

        return false;
    }
}
