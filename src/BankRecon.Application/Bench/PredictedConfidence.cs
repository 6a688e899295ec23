namespace BankRecon.Application.Bench;

/// <summary>A matcher's confidence, as the metrics see it: only High is applied without review.</summary>
public enum PredictedConfidence
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
