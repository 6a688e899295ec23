namespace BankRecon.Domain.Matching;

/// <summary>Whose ledger an open entry sits in.</summary>
public enum PartyType
{
    Customer = 0,
    Vendor = 1,
}
