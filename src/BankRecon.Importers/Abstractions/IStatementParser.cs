namespace BankRecon.Importers.Abstractions;

/// <summary>One statement format. Implementations are stateless and thread-safe; each call parses one file.</summary>
public interface IStatementParser
{
    StatementFormat Format { get; }

    /// <summary>True when the first bytes of a file look like this format (detection by content, never by file name).</summary>
    bool CanRead(ReadOnlySpan<byte> head);

    /// <summary>
    /// Streams the file into <paramref name="sink"/>. Bad rows become diagnostics; a file whose structure cannot be read
    /// gets a <see cref="DiagnosticSeverity.Fatal"/> diagnostic saying where and why, and parsing stops.
    /// Never throws for bad input.
    /// </summary>
    void Parse(Stream content, ParseOptions options, IStatementSink sink);
}
