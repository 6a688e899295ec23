namespace BankRecon.Domain.Matching;

/// <summary>How the bank account's match tolerance is expressed (Business Central's Match Tolerance Type).</summary>
public enum ToleranceType
{
    Percentage = 0,
    Amount = 1,
}
