namespace BankRecon.Domain.Matching;

/// <summary>The kind of account a statement line is proposed for.</summary>
public enum MatchAccountType
{
    Customer = 0,
    Vendor = 1,
    GlAccount = 2,
    BankAccount = 3,
}
