using BankRecon.Domain.Common;
using BankRecon.Persistence;
using FluentValidation;

namespace BankRecon.Application.Journals;

public sealed record AcceptLineCommand(Guid JournalId, Guid LineId, string User, int? ExpectedVersion) : ILineEditCommand;

public sealed class AcceptLineValidator : LineEditValidator<AcceptLineCommand>;

/// <summary>
/// A person confirms a line's proposal (BC's Accept Application → confidence Accepted), after checking that its entries
/// are still open and not applied beyond their remaining amount by other lines meanwhile.
/// </summary>
public sealed class AcceptLineHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<AcceptLineCommand> validator)
{
    public async Task<Result<int>> HandleAsync(AcceptLineCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<int>.Failure(loaded);

        var ids = line.Applications.Where(a => a.LedgerEntryId is not null).Select(a => a.LedgerEntryId!.Value).ToList();
        var entries = await LedgerEntryLookup.LoadAsync(db, ids, line.Id, cancellationToken);
        var checkedApplications = ApplicationGuard.Check(line, line.Applications, entries);
        if (!checkedApplications.Succeeded) return Result<int>.Failure(checkedApplications);

        var accepted = line.Accept(command.User, clock.GetUtcNow().UtcDateTime);
        if (!accepted.Succeeded) return Result<int>.Failure(accepted);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(journal.Version) : Result<int>.Failure(saved);
    }
}
