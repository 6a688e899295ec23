using BankRecon.Domain.Common;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>
/// KeepAmount: What stays on the line (same sign, smaller); the rest becomes a new line.
/// </summary>
public sealed record SplitLineCommand(Guid JournalId, Guid LineId, decimal KeepAmount, string? Text, string User, int? ExpectedVersion) : ILineEditCommand;

public sealed record SplitResult(Guid NewLineId, int NewLineNo, decimal NewAmount, int Version);

public sealed class SplitLineValidator : LineEditValidator<SplitLineCommand>
{
    public SplitLineValidator()
    {
        RuleFor(c => c.KeepAmount).NotEqual(0m).WithErrorCode("split.amount").WithMessage("Give the amount that stays on the line.");
        RuleFor(c => c.Text).MaximumLength(1000);
    }
}

/// <summary>Splits a statement line in two (one payment that covers two things): the line keeps part, a new line gets the rest.</summary>
public sealed class SplitLineHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<SplitLineCommand> validator)
{
    public async Task<Result<SplitResult>> HandleAsync(SplitLineCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<SplitResult>.Failure(loaded);

        var nextNo = await db.StatementLines.Where(l => l.JournalId == journal.Id).MaxAsync(l => l.LineNo, cancellationToken) + 1;
        Domain.Reconciliation.StatementLine child;
        try
        {
            child = line.SplitOff(command.KeepAmount, nextNo, string.IsNullOrWhiteSpace(command.Text) ? null : command.Text.Trim(), command.User,
                clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException ex)
        {
            return Result<SplitResult>.Invalid("split.invalid", ex.Message, nameof(command.KeepAmount)).WithArgs(ex.Message);
        }

        db.StatementLines.Add(child);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(new SplitResult(child.Id, child.LineNo, child.Amount, journal.Version)) : Result<SplitResult>.Failure(saved);
    }
}
