using BankRecon.Domain.Common;

namespace BankRecon.Domain.Parties;

/// <summary>A customer's or vendor's own bank account: how we recognise them on a statement line.</summary>
public sealed class PartyBankAccount : Entity
{
    private PartyBankAccount() { }

    internal PartyBankAccount(string accountNumber, string? bic)
    {
        var normalized = BankAccountNumber.Normalize(accountNumber);
        if (normalized.Length < 5) throw new DomainException($"'{accountNumber}' is not a bank account number.");
        if (char.IsAsciiLetter(normalized[0]) && !BankAccountNumber.IsValidIban(normalized))
            throw new DomainException($"IBAN {BankAccountNumber.FormatIban(normalized)} has wrong check digits.");
        AccountNumber = normalized;
        Bic = string.IsNullOrWhiteSpace(bic) ? null : bic.Trim().ToUpperInvariant();
    }

    /// <summary>IBAN or domestic account number, normalised (upper-case letters and digits only).</summary>
    public string AccountNumber { get; private set; } = "";

    public string? Bic { get; private set; }

    public bool IsIban => AccountNumber.Length > 0 && char.IsAsciiLetter(AccountNumber[0]);
}
