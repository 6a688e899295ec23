using BankRecon.Domain.Common;

namespace BankRecon.Domain.Parties;

/// <summary>What customers and vendors share: identity, address, currency, terms, bank accounts, blocking.</summary>
public abstract class Party : VersionedEntity
{
    private readonly List<PartyBankAccount> _bankAccounts = [];

    protected Party() { }

    protected Party(string no, string name) => No = string.IsNullOrWhiteSpace(no) ? throw new DomainException("A number is required.") : no.Trim();

    public string No { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Address { get; private set; }

    public string? PostCode { get; private set; }

    public string? City { get; private set; }

    public string CountryCode { get; private set; } = "";

    /// <summary>Currency of the party's documents; null = local currency.</summary>
    public string? Currency { get; private set; }

    public Guid? PaymentTermsId { get; private set; }

    public string? Email { get; private set; }

    public string? OrganizationNo { get; private set; }

    /// <summary>Blocked parties get no new documents and no payments applied.</summary>
    public bool Blocked { get; private set; }

    public IReadOnlyList<PartyBankAccount> BankAccounts => _bankAccounts;

    public void Update(PartyDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Name)) throw new DomainException("A name is required.");
        if (details.Currency is not null && !CurrencyCode.TryParse(details.Currency, out _))
            throw new DomainException($"'{details.Currency}' is not a currency code.");
        Name = details.Name.Trim();
        Address = Clean(details.Address);
        PostCode = Clean(details.PostCode);
        City = Clean(details.City);
        CountryCode = (Clean(details.CountryCode) ?? "").ToUpperInvariant();
        Currency = string.IsNullOrWhiteSpace(details.Currency) ? null : CurrencyCode.Parse(details.Currency).Code;
        PaymentTermsId = details.PaymentTermsId;
        Email = Clean(details.Email);
        OrganizationNo = Clean(details.OrganizationNo);
        Blocked = details.Blocked;
        Touch();
    }

    public PartyBankAccount AddBankAccount(string accountNumber, string? bic = null)
    {
        var account = new PartyBankAccount(accountNumber, bic);
        if (_bankAccounts.Any(a => a.AccountNumber == account.AccountNumber))
            throw new DomainException($"Bank account {account.AccountNumber} is already registered.");
        _bankAccounts.Add(account);
        Touch();
        return account;
    }

    public void RemoveBankAccount(Guid bankAccountId)
    {
        _bankAccounts.RemoveAll(a => a.Id == bankAccountId);
        Touch();
    }

    public bool HasBankAccount(string? accountNumber) =>
        _bankAccounts.Any(a => BankAccountNumber.SameAccount(a.AccountNumber, accountNumber));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The editable fields of a customer or vendor card.</summary>
public sealed record PartyDetails(
    string Name,
    string? Address = null,
    string? PostCode = null,
    string? City = null,
    string? CountryCode = null,
    string? Currency = null,
    Guid? PaymentTermsId = null,
    string? Email = null,
    string? OrganizationNo = null,
    bool Blocked = false);
