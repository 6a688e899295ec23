using BankRecon.Domain.Common;

namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// A text-to-account mapping (BC table 1251): statement text that always goes to the same account — bank fees to a
/// G/L account, a recurring payer to a customer. As in BC, a line amount ≥ 0 uses the debit account and an amount
/// &lt; 0 the credit account.
/// </summary>
public sealed class SavedTextMapping : VersionedEntity
{
    private SavedTextMapping() { }

    public SavedTextMapping(string mappingText, ApplicationAccountType accountType, string? debitAccountNo, string? creditAccountNo, string createdBy, DateTime createdAtUtc)
    {
        Change(mappingText, accountType, debitAccountNo, creditAccountNo);
        CreatedBy = createdBy;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    /// <summary>Trimmed text that must appear in full in the statement line's text.</summary>
    public string MappingText { get; private set; } = "";

    public ApplicationAccountType AccountType { get; private set; }

    /// <summary>Account used when the line amount is ≥ 0 (money in). For customer/vendor/bank mappings both are the same.</summary>
    public string? DebitAccountNo { get; private set; }

    /// <summary>Account used when the line amount is &lt; 0 (money out).</summary>
    public string? CreditAccountNo { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public void Change(string mappingText, ApplicationAccountType accountType, string? debitAccountNo, string? creditAccountNo)
    {
        if (string.IsNullOrWhiteSpace(mappingText)) throw new DomainException("Mapping text is required.");
        if (accountType == ApplicationAccountType.None) throw new DomainException("Choose the account type the text maps to.");
        if (string.IsNullOrWhiteSpace(debitAccountNo) && string.IsNullOrWhiteSpace(creditAccountNo))
            throw new DomainException("Give the account for money in, money out, or both.");
        MappingText = mappingText.Trim();
        AccountType = accountType;
        DebitAccountNo = string.IsNullOrWhiteSpace(debitAccountNo) ? null : debitAccountNo.Trim();
        CreditAccountNo = string.IsNullOrWhiteSpace(creditAccountNo) ? null : creditAccountNo.Trim();
        Touch();
    }

    public string? AccountFor(decimal amount) => amount >= 0 ? DebitAccountNo ?? CreditAccountNo : CreditAccountNo ?? DebitAccountNo;
}
