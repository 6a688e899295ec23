using System.Text.Json;

namespace BankRecon.Application.Journals;

/// <summary>
/// Why a line got its proposal, stored as JSON on the line (StatementLine.Explanation) so the review page can show it
/// without re-running the engine: the reasons in words, the score, and the ranked alternatives with their applications
/// (entry id and document number), each of which the reviewer can take with one click.
/// </summary>
public sealed record LineExplanation(int Score, IReadOnlyList<string> Reasons, IReadOnlyList<ExplainedAlternative> Alternatives)
{
    /// <summary>The column holds at most this many characters.</summary>
    public const int MaxLength = 8000;

    public static LineExplanation Empty { get; } = new(0, [], []);

    public string ToJson()
    {
        var json = JsonSerializer.Serialize(this, LineExplanationJson.Default.LineExplanation);
        if (json.Length <= MaxLength) return json;
        // Drop the weakest alternatives first, then shorten the reasons: the column has a fixed size.
        var alternatives = Alternatives.ToList();
        while (alternatives.Count > 0)
        {
            alternatives.RemoveAt(alternatives.Count - 1);
            json = JsonSerializer.Serialize(this with { Alternatives = alternatives }, LineExplanationJson.Default.LineExplanation);
            if (json.Length <= MaxLength) return json;
        }

        var reasons = Reasons.Select(r => r.Length > 200 ? r[..200] : r).Take(20).ToList();
        return JsonSerializer.Serialize(new LineExplanation(Score, reasons, []), LineExplanationJson.Default.LineExplanation);
    }

    /// <summary>Reads a stored explanation; anything unreadable counts as none (it is advice, not data).</summary>
    public static LineExplanation Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Empty;
        try
        {
            return JsonSerializer.Deserialize(json, LineExplanationJson.Default.LineExplanation) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}

/// <summary>A runner-up proposal: confidence, account, rule, reasons and the applications it would make.</summary>
public sealed record ExplainedAlternative(
    string Confidence,
    string? AccountType,
    string? AccountNo,
    string? Rule,
    int Score,
    bool ReviewRequired,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ExplainedApplication> Applications);

/// <summary>One application of an alternative: the ledger entry, its document number, the amount and the discount.</summary>
public sealed record ExplainedApplication(Guid EntryId, string DocumentNo, decimal Amount, decimal Discount);
