using System.Text;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Detection;

/// <summary>Chooses the text encoding for a text-based statement parser: an explicit option wins, else detection.</summary>
internal static class StatementEncoding
{
    /// <summary>
    /// An explicit <see cref="ParseOptions.Encoding"/> wins (CP852 for Raiffeisen HU cannot be told apart from
    /// Windows-1252 by its bytes); otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    /// </summary>
    public static Encoding Choose(Stream seekable, ParseOptions options, IStatementSink sink)
    {
        if (options.Encoding is { } name)
        {
            if (EncodingDetector.FromName(name) is { } named) return named;
            sink.Diagnostic(ParseDiagnostic.Warning("file", $"The encoding '{name}' is not known; the encoding was detected instead.").Coded("parse.unknown-encoding", name));
        }

        return EncodingDetector.Detect(seekable);
    }
}
