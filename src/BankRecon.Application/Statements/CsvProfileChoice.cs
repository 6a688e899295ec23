using BankRecon.Importers.Csv;

namespace BankRecon.Application.Statements;

/// <summary>Where the CSV profile used for a file came from.</summary>
public enum CsvProfileSource
{
    /// <summary>Confirmed (and possibly edited) by the user in this preview.</summary>
    Confirmed = 0,

    /// <summary>Saved on the bank account by an earlier import.</summary>
    Saved = 1,

    /// <summary>Proposed by the detector from the file's content (a built-in bank profile when its header matched).</summary>
    Proposed = 2,

    /// <summary>A built-in profile named by the caller (CLI --csv-profile).</summary>
    Named = 3,
}

/// <summary>
/// The CSV layout a file is read with, and what the detector said about the file: its notes, confidence, the built-in
/// profile it recognised and the file's column names (for the confirmation form).
/// </summary>
public sealed record CsvProfileChoice(
    CsvProfile? Profile,
    CsvProfileSource Source,
    CsvProfile? Proposal,
    string? BuiltInName,
    double Confidence,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Columns);
