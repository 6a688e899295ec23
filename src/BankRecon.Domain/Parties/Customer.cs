namespace BankRecon.Domain.Parties;

public sealed class Customer : Party
{
    private Customer() { }

    public Customer(string no, PartyDetails details) : base(no, details.Name) => Update(details);
}
