using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;

namespace BankRecon.Application.Journals;

/// <summary>
/// Index: Position of the alternative in the line's explanation (0 = the best runner-up).
/// </summary>
public sealed record UseAlternativeCommand(Guid JournalId, Guid LineId, int Index, string User, int? ExpectedVersion) : ILineEditCommand;

public sealed class UseAlternativeValidator : LineEditValidator<UseAlternativeCommand>
{
    public UseAlternativeValidator() => RuleFor(c => c.Index).GreaterThanOrEqualTo(0);
}

/// <summary>
/// "Use this": the reviewer takes one of the engine's alternatives instead of its first choice. The line gets the
/// alternative's account and applications, checked like a manual application, and counts as Accepted.
/// </summary>
public sealed class UseAlternativeHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<UseAlternativeCommand> validator)
{
    public async Task<Result<int>> HandleAsync(UseAlternativeCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<int>.Failure(loaded);

        var alternatives = LineExplanation.Parse(line.Explanation).Alternatives;
        if (command.Index >= alternatives.Count) return Result<int>.Invalid("alternative.not-found", "That alternative is no longer offered for this line.");
        var alternative = alternatives[command.Index];
        if (!Enum.TryParse<ApplicationAccountType>(alternative.AccountType, out var type) || type == ApplicationAccountType.None || alternative.AccountNo is null)
            return Result<int>.Invalid("alternative.no-account", "That alternative has no account to apply to.");

        List<AppliedPaymentEntry> applications = alternative.Applications.Count == 0
            ? [new AppliedPaymentEntry(null, line.Amount)]
            : [.. alternative.Applications.Select(a => new AppliedPaymentEntry(a.EntryId, a.Amount, a.Discount, a.DocumentNo))];
        var entries = await LedgerEntryLookup.LoadAsync(db, [.. alternative.Applications.Select(a => a.EntryId)], line.Id, cancellationToken);
        var checkedApplications = ApplicationGuard.Check(line, applications, entries);
        if (!checkedApplications.Succeeded) return Result<int>.Failure(checkedApplications);

        var now = clock.GetUtcNow().UtcDateTime;
        var applied = line.ApplyManually(type, alternative.AccountNo, applications, command.User, now);
        if (applied.Succeeded) applied = line.Accept(command.User, now);
        if (!applied.Succeeded) return Result<int>.Failure(applied);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(journal.Version) : Result<int>.Failure(saved);
    }
}
