using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;

namespace BankRecon.Domain.BankAccounts;

/// <summary>Reconciliation state of a bank account ledger entry.</summary>
public enum StatementStatus
{
    Open = 0,
    Applied = 1,
    Closed = 2,
}

/// <summary>Money in (+) or out (−) of one of our bank accounts, in the account's currency.</summary>
public sealed class BankAccountLedgerEntry : LedgerEntry
{
    private BankAccountLedgerEntry() { }

    public BankAccountLedgerEntry(Guid bankAccountId, DateOnly postingDate, DocumentType documentType, string documentNo,
        string description, CurrencyCode currency, decimal amount, decimal amountLocal, SourceType balancingType = SourceType.None,
        string? balancingNo = null, string? externalDocumentNo = null)
        : base(postingDate, documentType, documentNo, description)
    {
        if (amount == 0m) throw new DomainException("A bank entry cannot be zero.");
        BankAccountId = bankAccountId;
        Currency = currency.Code;
        Amount = amount;
        AmountLocal = amountLocal;
        RemainingAmount = amount;
        Open = true;
        BalancingType = balancingType;
        BalancingNo = balancingNo;
        ExternalDocumentNo = externalDocumentNo;
    }

    public Guid BankAccountId { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal Amount { get; private set; }

    public decimal AmountLocal { get; private set; }

    /// <summary>Not yet reconciled with a statement.</summary>
    public decimal RemainingAmount { get; private set; }

    public bool Open { get; private set; }

    public StatementStatus StatementStatus { get; private set; }

    public string? StatementNo { get; private set; }

    public int? StatementLineNo { get; private set; }

    public DateOnly? ClosedAtDate { get; private set; }

    /// <summary>Who is on the other side (customer, vendor, another bank account).</summary>
    public SourceType BalancingType { get; private set; }

    public string? BalancingNo { get; private set; }

    public string? ExternalDocumentNo { get; private set; }

    /// <summary>Closes the entry as reconciled with a bank statement line.</summary>
    public void Reconcile(string statementNo, int statementLineNo, DateOnly statementDate)
    {
        if (!Open) throw new DomainException($"Bank entry {EntryNo} is already reconciled.");
        StatementStatus = StatementStatus.Closed;
        StatementNo = statementNo;
        StatementLineNo = statementLineNo;
        ClosedAtDate = statementDate;
        RemainingAmount = 0m;
        Open = false;
        Touch();
    }

    /// <summary>Reopens a reconciled entry (undo of a posted bank statement).</summary>
    public void Reopen()
    {
        StatementStatus = StatementStatus.Open;
        StatementNo = null;
        StatementLineNo = null;
        ClosedAtDate = null;
        RemainingAmount = Amount;
        Open = true;
        Touch();
    }
}
