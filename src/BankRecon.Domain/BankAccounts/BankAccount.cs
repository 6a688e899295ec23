using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.BankAccounts;

/// <summary>One of the company's own bank accounts.</summary>
public sealed class BankAccount : VersionedEntity
{
    private BankAccount() { }

    public BankAccount(string no, BankAccountDetails details, CurrencyCode currency, Guid glAccountId)
    {
        No = string.IsNullOrWhiteSpace(no) ? throw new DomainException("A number is required.") : no.Trim().ToUpperInvariant();
        Currency = currency.Code;
        GlAccountId = glAccountId;
        Update(details);
    }

    public string No { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Normalised IBAN (no spaces), or null.</summary>
    public string? Iban { get; private set; }

    /// <summary>Normalised domestic account number (BBAN), e.g. Norwegian 11 digits; derived from the IBAN when not given.</summary>
    public string? DomesticAccountNo { get; private set; }

    public string? Bic { get; private set; }

    /// <summary>Currency of the account; fixed once entries exist.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The G/L account that mirrors this bank account.</summary>
    public Guid GlAccountId { get; private set; }

    /// <summary>Number of the last reconciled bank statement.</summary>
    public string? LastStatementNo { get; private set; }

    /// <summary>Closing balance of the last reconciled statement (in the account currency).</summary>
    public decimal BalanceLastStatement { get; private set; }

    public string? LastPaymentStatementNo { get; private set; }

    public MatchToleranceType MatchToleranceType { get; private set; }

    public decimal MatchToleranceValue { get; private set; }

    /// <summary>Which structured reference sales invoices paid to this account carry (KID, OCR, RF).</summary>
    public PaymentReferenceKind PaymentReferenceKind { get; private set; }

    public bool Blocked { get; private set; }

    /// <summary>The CSV layout confirmed for this account's bank exports (a serialised CSV profile), if any.</summary>
    public string? CsvProfileJson { get; private set; }

    public CurrencyCode CurrencyCode => CurrencyCode.Parse(Currency);

    public void SaveCsvProfile(string? profileJson)
    {
        CsvProfileJson = string.IsNullOrWhiteSpace(profileJson) ? null : profileJson;
        Touch();
    }

    public void Update(BankAccountDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Name)) throw new DomainException("A bank account needs a name.");
        var iban = BankAccountNumber.Normalize(details.Iban);
        if (iban.Length > 0 && !BankAccountNumber.IsValidIban(iban))
            throw new DomainException($"IBAN {BankAccountNumber.FormatIban(iban)} has wrong check digits.");
        var domestic = BankAccountNumber.Normalize(details.DomesticAccountNo);
        if (domestic.Length == 0 && iban.Length > 0) domestic = BankAccountNumber.DomesticPart(iban);
        if (iban.Length == 0 && domestic.Length == 0) throw new DomainException("Give an IBAN or a domestic account number.");
        if (details.MatchToleranceValue < 0) throw new DomainException("The match tolerance cannot be negative.");
        if (details.MatchToleranceType == MatchToleranceType.Percentage && details.MatchToleranceValue >= 100)
            throw new DomainException("A percentage tolerance must be below 100.");

        Name = details.Name.Trim();
        Iban = iban.Length == 0 ? null : iban;
        DomesticAccountNo = domestic.Length == 0 ? null : domestic;
        Bic = string.IsNullOrWhiteSpace(details.Bic) ? null : details.Bic.Trim().ToUpperInvariant();
        MatchToleranceType = details.MatchToleranceType;
        MatchToleranceValue = details.MatchToleranceValue;
        PaymentReferenceKind = details.PaymentReferenceKind;
        Blocked = details.Blocked;
        Touch();
    }

    /// <summary>True when a statement's account identifier (IBAN, BBAN, "BLZ/Konto"...) names this account.</summary>
    public bool IsNamedBy(string? statementAccount)
    {
        var named = BankAccountNumber.Normalize(statementAccount);
        if (named.Length == 0) return false;
        if (Iban is not null && BankAccountNumber.SameAccount(Iban, named)) return true;
        if (DomesticAccountNo is not null && (named == DomesticAccountNo || named.EndsWith(DomesticAccountNo, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>Moves the reconciled position on after a statement is posted and reconciled.</summary>
    public void RecordReconciledStatement(string statementNo, decimal closingBalance)
    {
        if (Blocked) throw new DomainException($"Bank account {No} is blocked.");
        LastStatementNo = statementNo;
        BalanceLastStatement = closingBalance;
        Touch();
    }

    /// <summary>Restores the reconciled position (undo of a statement).</summary>
    public void RestoreReconciledStatement(string? statementNo, decimal balance)
    {
        LastStatementNo = statementNo;
        BalanceLastStatement = balance;
        Touch();
    }

    public void RecordPaymentStatement(string statementNo)
    {
        LastPaymentStatementNo = statementNo;
        Touch();
    }
}

/// <summary>The editable fields of a bank account card.</summary>
public sealed record BankAccountDetails(
    string Name,
    string? Iban,
    string? DomesticAccountNo = null,
    string? Bic = null,
    MatchToleranceType MatchToleranceType = MatchToleranceType.Amount,
    decimal MatchToleranceValue = 0m,
    PaymentReferenceKind PaymentReferenceKind = PaymentReferenceKind.None,
    bool Blocked = false);
