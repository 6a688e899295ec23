namespace BankRecon.Application.Statements;

/// <summary>
/// Limits of the statement import, bound from "Limits" (Limits:MaxStatementFileBytes). The web layer refuses a larger
/// upload before it is stored, and the use case checks again, so the CLI and any other caller get the same limit.
/// </summary>
public sealed class StatementImportOptions
{
    public const string SectionName = "Limits";

    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Largest statement file accepted (bytes, per file).</summary>
    public long MaxStatementFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Statement lines written per SaveChanges during an import.</summary>
    public int BatchSize { get; set; } = 4000;
}
