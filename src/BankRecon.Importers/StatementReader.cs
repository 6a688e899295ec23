using System.IO.Compression;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers;

/// <summary>
/// The front door of the importers: detects the format from content, unpacks ZIP archives, runs the parser and
/// checks each statement's balance invariant (opening + Σ lines = closing).
/// </summary>
public static class StatementReader
{
    private const int HeadSize = 8192;

    /// <summary>Parses a whole file into memory (previews, tests, inspect).</summary>
    public static ParseResult Read(Stream content, ParseOptions? options = null)
    {
        var collector = new StatementCollector();
        var format = Read(content, options ?? ParseOptions.Default, collector);
        return collector.ToResult(format);
    }

    /// <summary>Streams a file into <paramref name="sink"/>; returns the format found (Auto when none was recognised).</summary>
    public static StatementFormat Read(Stream content, ParseOptions options, IStatementSink sink)
    {
        using var spooled = content.CanSeek ? null : new BufferedReadStream(content);
        var seekable = spooled ?? content;
        var head = ReadHead(seekable);
        if (head.Length == 0)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", "The file is empty.").Coded("parse.empty"));
            return StatementFormat.Auto;
        }

        if (IsZip(head))
        {
            return ReadZip(seekable, options, sink);
        }

        return ReadSingle(seekable, head, options, sink, location: null);
    }

    /// <summary>Finds the parser for a file head, honouring a forced format.</summary>
    public static IStatementParser? Detect(ReadOnlySpan<byte> head, StatementFormat forced = StatementFormat.Auto)
    {
        if (forced != StatementFormat.Auto) return StatementParsers.For(forced);
        foreach (var parser in StatementParsers.All)
        {
            if (parser.CanRead(head)) return parser;
        }

        return null;
    }

    private static StatementFormat ReadSingle(Stream seekable, byte[] head, ParseOptions options, IStatementSink sink, string? location)
    {
        var where = location ?? "file";
        var parser = Detect(head, options.Format);
        if (parser is null)
        {
            sink.Diagnostic(options.Format == StatementFormat.Auto
                ? ParseDiagnostic.Fatal(where, "This is not a bank statement we can read. Supported formats: camt.052/053/054, MT940/MT942, OFX, BAI2 and bank CSV.")
                    .Coded("parse.not-a-statement")
                : ParseDiagnostic.Fatal(where, $"No reader for the format {options.Format} is available.").Coded("parse.no-reader", options.Format.ToString()));
            return StatementFormat.Auto;
        }

        var checking = new BalanceCheckingSink(sink);
        parser.Parse(seekable, options, checking);
        return parser.Format;
    }

    private static StatementFormat ReadZip(Stream seekable, ParseOptions options, IStatementSink sink)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", $"The ZIP archive is damaged: {ex.Message}").Coded("parse.zip-damaged", ex.Message));
            return StatementFormat.Auto;
        }

        using (archive)
        {
            var format = StatementFormat.Auto;
            var offset = new OffsetSink(sink);
            foreach (var entry in archive.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                // Guard against ZIP bombs: a bank statement is never larger than this uncompressed.
                if (entry.Length > MaxUncompressedEntryBytes)
                {
                    sink.Diagnostic(ParseDiagnostic.Fatal(entry.FullName, $"The archive entry is {entry.Length / (1024 * 1024)} MB uncompressed, more than the {MaxUncompressedEntryBytes / (1024 * 1024)} MB a statement may be.")
                        .Coded("parse.zip-entry-too-large", entry.Length / (1024 * 1024), MaxUncompressedEntryBytes / (1024 * 1024)));
                    return format;
                }

                using var entryStream = entry.Open();
                // Spooled to a temporary file rather than memory: an entry may be hundreds of MB uncompressed.
                using var buffered = new BufferedReadStream(entryStream);
                var head = ReadHead(buffered);
                var found = ReadSingle(buffered, head, options, offset.ForEntry(entry.FullName), entry.FullName);
                if (format == StatementFormat.Auto) format = found;
            }

            if (format == StatementFormat.Auto && offset.StatementCount == 0)
            {
                sink.Diagnostic(ParseDiagnostic.Fatal("file", "The ZIP archive holds no bank statement.").Coded("parse.zip-no-statement"));
            }

            return format;
        }
    }

    /// <summary>Largest uncompressed ZIP entry we accept (ZIP-bomb guard).</summary>
    public const long MaxUncompressedEntryBytes = 512L * 1024 * 1024;

    private static bool IsZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;

    private static byte[] ReadHead(Stream seekable)
    {
        var start = seekable.Position;
        var buffer = new byte[HeadSize];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = seekable.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }

        seekable.Position = start;
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>Renumbers statements across the entries of a ZIP file so indexes stay unique.</summary>
    private sealed class OffsetSink(IStatementSink inner)
    {
        public int StatementCount { get; private set; }

        public IStatementSink ForEntry(string entryName) => new EntrySink(this, inner, StatementCount, entryName);

        private sealed class EntrySink(OffsetSink owner, IStatementSink inner, int offset, string entryName) : IStatementSink
        {
            public void StartStatement(StatementHeader header) =>
                inner.StartStatement(header with { StatementIndex = header.StatementIndex + offset, Location = Prefix(header.Location) });

            public void Line(ParsedLine line) =>
                inner.Line(line with { StatementIndex = line.StatementIndex + offset, Location = Prefix(line.Location) });

            public void EndStatement(StatementHeader header)
            {
                inner.EndStatement(header with { StatementIndex = header.StatementIndex + offset, Location = Prefix(header.Location) });
                owner.StatementCount++;
            }

            public void Diagnostic(ParseDiagnostic diagnostic) => inner.Diagnostic(diagnostic with { Location = Prefix(diagnostic.Location) });

            private string Prefix(string? location) => location is null ? entryName : $"{entryName}: {location}";
        }
    }
}
