using System.Globalization;
using System.Xml;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// OFX/QFX bank and credit-card statements: 1.x (SGML, unclosed leaf tags) and 2.x (XML). 2.x files are read with
/// <see cref="XmlReader"/> (no DTD, no resolver); when a "2.x" file is not well-formed XML — unclosed leaf tags and raw
/// '&amp;' are common — it is read again with the lenient SGML tokenizer, without repeating what was already delivered.
/// See docs/formats/ofx.md for the field mapping.
/// </summary>
public sealed class OfxParser : IStatementParser
{
    public StatementFormat Format => StatementFormat.Ofx;

    public bool CanRead(ReadOnlySpan<byte> head) => OfxFileHeader.LooksLikeOfx(head);

    public void Parse(Stream content, ParseOptions options, IStatementSink sink)
    {
        using var spooled = content.CanSeek ? null : new BufferedReadStream(content);
        var seekable = spooled ?? content;
        var start = seekable.Position;
        OfxFileHeader header;
        try
        {
            header = OfxFileHeader.Read(seekable);
        }
        catch (IOException ex)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", $"The file cannot be read: {ex.Message}").Coded("parse.unreadable", ex.Message));
            return;
        }

        if (header.EncodingNote is not null) sink.Diagnostic(ParseDiagnostic.Info("header", header.EncodingNote));

        OfxStatementBuilder builder;
        if (header.IsXml)
        {
            var filter = new OfxReplayFilterSink(sink);
            try
            {
                builder = new OfxStatementBuilder(filter, options);
                using var text = new StreamReader(seekable, header.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
                using var tokens = new OfxXmlTokenSource(text);
                builder.Run(new OfxElementReader(tokens));
            }
            catch (XmlException ex)
            {
                filter.Diagnostic(ParseDiagnostic.Info(string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber}"),
                    $"The OFX 2 file is not well-formed XML ({ex.Message}); it was read with the lenient OFX reader instead."));
                seekable.Position = start;
                filter.BeginReplay();
                builder = RunLenient(seekable, header, filter, options);
            }
        }
        else
        {
            builder = RunLenient(seekable, header, sink, options);
        }

        if (builder.StatementCount == 0)
        {
            sink.Diagnostic(builder.SawOfxRoot
                ? ParseDiagnostic.Fatal("file", "The OFX file holds no bank statement (STMTRS) or credit-card statement (CCSTMTRS).").Coded("parse.ofx-no-statement")
                : ParseDiagnostic.Fatal("file", "No <OFX> element was found: this is not an OFX file.").Coded("parse.ofx-not-ofx"));
        }
    }

    private static OfxStatementBuilder RunLenient(Stream seekable, OfxFileHeader header, IStatementSink sink, ParseOptions options)
    {
        var builder = new OfxStatementBuilder(sink, options);
        using var text = new StreamReader(seekable, header.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        builder.Run(new OfxElementReader(new OfxSgmlTokenizer(text)));
        return builder;
    }
}
