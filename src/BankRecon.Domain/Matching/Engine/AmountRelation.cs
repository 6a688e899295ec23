namespace BankRecon.Domain.Matching.Engine;

/// <summary>How the line amount relates to what the candidate's entries need.</summary>
internal enum AmountRelation
{
    Exact = 0,
    ExactWithDiscount = 1,
    WithinTolerance = 2,
    Partial = 3,
    Over = 4,
}
