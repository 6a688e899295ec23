namespace BankRecon.Domain.Matching.Engine;

internal enum AmountKeyKind : byte
{
    Plain = 0,
    RemainingAfterDiscountDate = 1,
    Discounted = 2,
}
