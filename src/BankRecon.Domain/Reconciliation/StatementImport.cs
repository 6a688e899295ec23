using BankRecon.Domain.Common;

namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// One imported file: what it was (name, SHA-256, format), who imported it and when, and what came of it. The same
/// file (same hash) is refused a second time with "already imported on … by …".
/// </summary>
public sealed class StatementImport : Entity
{
    private StatementImport() { }

    public StatementImport(Guid bankAccountId, string fileName, string sha256, string format, long sizeBytes, string importedBy, DateTime importedAtUtc)
    {
        BankAccountId = bankAccountId;
        FileName = fileName.Length > 255 ? fileName[..255] : fileName;
        Sha256 = sha256;
        Format = format;
        SizeBytes = sizeBytes;
        ImportedBy = importedBy;
        ImportedAtUtc = DateTime.SpecifyKind(importedAtUtc, DateTimeKind.Utc);
    }

    public Guid BankAccountId { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public string Format { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public DateTime ImportedAtUtc { get; private set; }

    public int StatementCount { get; private set; }

    public int LineCount { get; private set; }

    public int NewLineCount { get; private set; }

    public int DuplicateLineCount { get; private set; }

    /// <summary>
    /// What the import warned about (gaps, duplicates skipped, copies), kept for the result page in the form the
    /// application layer writes (codes and values, so each reader sees them in their own language).
    /// </summary>
    public string? Warnings { get; private set; }

    public const int WarningsMaxLength = 8000;

    public void RecordOutcome(int statementCount, int lineCount, int newLineCount, int duplicateLineCount)
    {
        StatementCount = statementCount;
        LineCount = lineCount;
        NewLineCount = newLineCount;
        DuplicateLineCount = duplicateLineCount;
    }

    /// <summary>Keeps the warnings as written by the application layer (which fits them into <see cref="WarningsMaxLength"/>).</summary>
    public void RecordWarnings(string? warnings)
    {
        if (warnings is { Length: > WarningsMaxLength }) throw new ArgumentException($"The warnings take {warnings.Length} characters; at most {WarningsMaxLength} are kept.", nameof(warnings));
        Warnings = string.IsNullOrWhiteSpace(warnings) ? null : warnings;
    }
}
