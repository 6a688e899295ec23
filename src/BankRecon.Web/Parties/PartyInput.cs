namespace BankRecon.Web.Parties;

/// <summary>What the customer/vendor form may change (never the entity itself).</summary>
public sealed class PartyInput
{
    public string? No { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? PostCode { get; set; }

    public string? City { get; set; }

    public string? CountryCode { get; set; }

    public string? Currency { get; set; }

    public string? PaymentTermsCode { get; set; }

    public string? Email { get; set; }

    public string? OrganizationNo { get; set; }

    public bool Blocked { get; set; }

    /// <summary>One IBAN or domestic account number per line.</summary>
    public string? BankAccounts { get; set; }

    public int Version { get; set; }
}
