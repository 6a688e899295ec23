namespace BankRecon.Domain.Matching.Engine;

/// <summary>How the line amount relates to what the candidate's entries need.</summary>
internal enum AmountRelation
{
    Exact = 0,
    ExactWithDiscount = 1,
    WithinTolerance = 2,

    /// <summary>Short by what the bank deducted as charges (our rule set): the charges close the entry.</summary>
    LessCharges = 3,
    Partial = 4,
    Over = 5,
}
