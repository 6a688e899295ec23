using BankRecon.Domain.Common;
using BankRecon.Persistence;
using FluentValidation;

namespace BankRecon.Application.Journals;

public sealed record RemoveLineApplicationCommand(Guid JournalId, Guid LineId, string User, int? ExpectedVersion) : ILineEditCommand;

public sealed class RemoveLineApplicationValidator : LineEditValidator<RemoveLineApplicationCommand>;

/// <summary>BC's Remove Application(s): the line goes back to unapplied, its entries back to the pool.</summary>
public sealed class RemoveLineApplicationHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<RemoveLineApplicationCommand> validator)
{
    public async Task<Result<int>> HandleAsync(RemoveLineApplicationCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<int>.Failure(loaded);

        line.RemoveApplication(command.User, clock.GetUtcNow().UtcDateTime);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(journal.Version) : Result<int>.Failure(saved);
    }
}
