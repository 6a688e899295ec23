namespace BankRecon.Application.Bench;

/// <summary>
/// The right answer for one statement line: the entries it settles and how much of the line goes to each (the
/// amounts add up to the line amount). An empty list means the line should match no open entry.
/// </summary>
/// <param name="StatementIndex">Statement within the file (0-based), as the parsers number it.</param>
/// <param name="LineIndex">Line within the statement (0-based), as the parsers number it.</param>
/// <param name="Kind">The scenario the line was generated for.</param>
/// <param name="Traits">What made the line the way it is ("name-typo", "iban-absent", "ref-mistyped", ...), for breakdowns.</param>
/// <param name="Applications">The true applications; empty for a line that should match nothing.</param>
public sealed record LineTruth(
    int StatementIndex,
    int LineIndex,
    ScenarioKind Kind,
    IReadOnlyList<string> Traits,
    IReadOnlyList<EntryAmount> Applications)
{
    /// <summary>The line has at least one true entry (the denominator of the recall-style metrics).</summary>
    public bool IsMatchable => Applications.Count > 0;
}
