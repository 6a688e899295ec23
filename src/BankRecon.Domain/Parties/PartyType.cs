namespace BankRecon.Domain.Parties;

public enum PartyType
{
    Customer = 0,
    Vendor = 1,
}
