namespace BankRecon.Importers.Csv;

/// <summary>
/// What <see cref="CsvProfileDetector"/> makes of a file: a profile to confirm (null when the layout could not be
/// worked out), how sure it is (0–1), and notes that explain each choice in plain words for the user.
/// </summary>
public sealed record CsvProfileProposal(CsvProfile? Profile, double Confidence, IReadOnlyList<string> Notes)
{
    /// <summary>The built-in profile the file matched, if any.</summary>
    public string? BuiltInName { get; init; }
}
