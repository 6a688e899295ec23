using BankRecon.Domain.Matching;

namespace BankRecon.Application.Bench;

/// <summary>Turns the matching engine's result into the engine-neutral predictions the metrics score.</summary>
public static class PredictionMapper
{
    public static List<LinePrediction> FromResult(MatchResult result) =>
    [
        .. result.Proposals.Select(p => new LinePrediction(
            p.Line.StatementIndex,
            p.Line.LineIndex,
            new PredictedCandidate(Map(p.Confidence), [.. p.Applications.Select(a => new EntryAmount(a.EntryId, a.Amount))]),
            [.. p.Alternatives.Select(a => new PredictedCandidate(Map(a.Confidence), [.. a.Applications.Select(x => new EntryAmount(x.EntryId, x.Amount))]))])),
    ];

    private static PredictedConfidence Map(MatchConfidence confidence) => confidence switch
    {
        MatchConfidence.None => PredictedConfidence.None,
        MatchConfidence.Low => PredictedConfidence.Low,
        MatchConfidence.Medium => PredictedConfidence.Medium,
        MatchConfidence.High => PredictedConfidence.High,
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };
}
