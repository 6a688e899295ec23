using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Bai2;

/// <summary>
/// BAI2 (Cash Management Balance Reporting Specification, version 2) files. Each 03 account block becomes one
/// statement. Streams the file record by record; see docs/formats/bai2.md.
/// </summary>
public sealed class Bai2Parser : IStatementParser
{
    public StatementFormat Format => StatementFormat.Bai2;

    public bool CanRead(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var body = text.AsSpan().TrimStart("\uFEFF\u00EF\u00BB\u00BF \t\r\n");
        if (!body.StartsWith("01,", StringComparison.Ordinal)) return false;

        // A file header of at least 5 fields (sender, receiver, date, time, file id), then a group header or a '/'.
        var firstLineEnd = body.IndexOfAny('\r', '\n');
        var firstLine = firstLineEnd < 0 ? body : body[..firstLineEnd];
        return firstLine.Count(',') >= 5 && (firstLine.Contains('/') || body.Contains("\n02,", StringComparison.Ordinal));
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
        new Bai2Reader(new Bai2Tokenizer(reader), capped, options).Run();
        capped.Complete();
    }
}
