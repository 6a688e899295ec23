namespace BankRecon.Application.Bench;

/// <summary>One proposal for a line: the entries it would apply and how sure the matcher is.</summary>
public sealed record PredictedCandidate(PredictedConfidence Confidence, IReadOnlyList<EntryAmount> Applications)
{
    public static PredictedCandidate Nothing { get; } = new(PredictedConfidence.None, []);
}
