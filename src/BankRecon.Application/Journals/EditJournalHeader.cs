using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record EditJournalHeaderCommand(
    Guid JournalId,
    string StatementNo,
    DateOnly StatementDate,
    decimal BalanceLastStatement,
    decimal StatementEndingBalance,
    int? ExpectedVersion);

public sealed class EditJournalHeaderValidator : AbstractValidator<EditJournalHeaderCommand>
{
    public EditJournalHeaderValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.StatementNo).NotEmpty().MaximumLength(20);
    }
}

/// <summary>Changes the statement number, date and balances of an open journal.</summary>
public sealed class EditJournalHeaderHandler(BankReconDbContext db, JournalSnapshotCache snapshots, IValidator<EditJournalHeaderCommand> validator)
{
    public async Task<Result<int>> HandleAsync(EditJournalHeaderCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<int>.Invalid(validation.ToErrors());
        var (journal, loaded) = await JournalAccess.LoadForEditAsync(db, command.JournalId, command.ExpectedVersion, cancellationToken);
        if (journal is null) return Result<int>.Failure(loaded);

        var statementNo = command.StatementNo.Trim();
        if (await db.PaymentReconciliationJournals.AnyAsync(j => j.BankAccountId == journal.BankAccountId && j.Id != journal.Id && j.StatementNo == statementNo, cancellationToken))
            return Result<int>.Invalid("journal.statement-exists", $"Statement {statementNo} already exists for this bank account.", nameof(command.StatementNo)).WithArgs(statementNo);
        journal.ChangeHeader(statementNo, command.StatementDate, command.BalanceLastStatement, command.StatementEndingBalance);
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(journal.Version) : Result<int>.Failure(saved);
    }
}
