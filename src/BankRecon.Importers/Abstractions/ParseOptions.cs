using BankRecon.Importers.Csv;

namespace BankRecon.Importers.Abstractions;

/// <summary>Hints for a parse. Everything is optional: the default is full auto-detection.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Force a format instead of detecting it.</summary>
    public StatementFormat Format { get; init; } = StatementFormat.Auto;

    /// <summary>CSV layout to use; null means auto-detect a profile from the file.</summary>
    public CsvProfile? CsvProfile { get; init; }

    /// <summary>Account currency to assume when the file does not say (CSV, some MT940 dialects).</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>Account to assume when the file does not say (CSV exports usually do not name the account).</summary>
    public string? DefaultAccount { get; init; }

    /// <summary>
    /// Text encoding of the file by name ("utf-8", "windows-1252", "cp852"); null = detect (BOM, UTF-8 validity, else
    /// Windows-1252). Needed for 8-bit code pages that cannot be told apart by their bytes, e.g. CP852 (Raiffeisen HU MT940).
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Split batch entries (one booking, several payments) into one line per payment when the details allow it.</summary>
    public bool SplitBatches { get; init; } = true;
}
