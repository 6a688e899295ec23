namespace BankRecon.Application.Bench;

/// <summary>A matcher's answer for one line: its proposal and its alternatives, best first.</summary>
public sealed record LinePrediction(int StatementIndex, int LineIndex, PredictedCandidate Proposal, IReadOnlyList<PredictedCandidate> Alternatives);
