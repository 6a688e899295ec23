using BankRecon.Domain.Common;

namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// A bank statement being reconciled against open customer and vendor entries (BC's Payment Reconciliation Journal).
/// Its lines are a separate table (a journal may hold tens of thousands). Posted journals are kept, read-only, as the
/// posted statement: nothing is ever deleted.
/// </summary>
public sealed class PaymentReconciliationJournal : VersionedEntity
{
    private PaymentReconciliationJournal() { }

    public PaymentReconciliationJournal(string no, Guid bankAccountId, string currency, string statementNo, DateOnly statementDate,
        decimal balanceLastStatement, decimal statementEndingBalance, Guid? statementImportId, string createdBy, DateTime createdAtUtc)
    {
        No = no;
        BankAccountId = bankAccountId;
        Currency = currency;
        StatementNo = statementNo;
        StatementDate = statementDate;
        BalanceLastStatement = balanceLastStatement;
        StatementEndingBalance = statementEndingBalance;
        StatementImportId = statementImportId;
        CreatedBy = createdBy;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        Status = JournalStatus.Open;
    }

    /// <summary>Journal number from the PMT-REC series ("PR00042").</summary>
    public string No { get; private set; } = "";

    public Guid BankAccountId { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>The bank statement's number (continues from the bank account's last statement).</summary>
    public string StatementNo { get; private set; } = "";

    public DateOnly StatementDate { get; private set; }

    public decimal BalanceLastStatement { get; private set; }

    public decimal StatementEndingBalance { get; private set; }

    public Guid? StatementImportId { get; private set; }

    public JournalStatus Status { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Who last ran "Apply automatically", and when.</summary>
    public string? AppliedBy { get; private set; }

    public DateTime? AppliedAtUtc { get; private set; }

    public string? PostedBy { get; private set; }

    public DateTime? PostedAtUtc { get; private set; }

    public long? PostedTransactionNo { get; private set; }

    /// <summary>Posted with "Post payments and reconcile": the bank entries are closed against this statement.</summary>
    public bool Reconciled { get; private set; }

    public string? ReversedBy { get; private set; }

    public DateTime? ReversedAtUtc { get; private set; }

    public long? ReversalTransactionNo { get; private set; }

    public bool IsOpen => Status == JournalStatus.Open;

    public void EnsureOpen()
    {
        if (Status != JournalStatus.Open) throw new DomainException($"Journal {No} is {Status.ToString().ToLowerInvariant()} and cannot change.");
    }

    public void ChangeHeader(string statementNo, DateOnly statementDate, decimal balanceLastStatement, decimal statementEndingBalance)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(statementNo)) throw new DomainException("A statement number is required.");
        StatementNo = statementNo.Trim();
        StatementDate = statementDate;
        BalanceLastStatement = balanceLastStatement;
        StatementEndingBalance = statementEndingBalance;
        Touch();
    }

    public void RecordApplied(string user, DateTime atUtc)
    {
        EnsureOpen();
        AppliedBy = user;
        AppliedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Touch();
    }

    /// <summary>A person changed lines of the journal (accept, apply, split ...): bumps <see cref="VersionedEntity.Version"/> so concurrent edits conflict.</summary>
    public void RecordEdit()
    {
        EnsureOpen();
        Touch();
    }

    public void MarkPosted(string user, DateTime atUtc, long transactionNo, bool reconciled)
    {
        EnsureOpen();
        Status = JournalStatus.Posted;
        PostedBy = user;
        PostedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        PostedTransactionNo = transactionNo;
        Reconciled = reconciled;
        Touch();
    }

    public void MarkReversed(string user, DateTime atUtc, long reversalTransactionNo)
    {
        if (Status != JournalStatus.Posted) throw new DomainException($"Only a posted journal can be reversed; {No} is {Status}.");
        Status = JournalStatus.Reversed;
        ReversedBy = user;
        ReversedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        ReversalTransactionNo = reversalTransactionNo;
        Touch();
    }
}
