namespace BankRecon.Domain.BankAccounts;

/// <summary>How the matching tolerance of a bank account is expressed.</summary>
public enum MatchToleranceType
{
    Percentage = 0,
    Amount = 1,
}
