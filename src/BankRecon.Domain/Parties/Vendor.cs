namespace BankRecon.Domain.Parties;

public sealed class Vendor : Party
{
    private Vendor() { }

    public Vendor(string no, PartyDetails details) : base(no, details.Name) => Update(details);
}
