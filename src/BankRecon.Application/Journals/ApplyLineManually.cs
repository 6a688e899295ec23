using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;

namespace BankRecon.Application.Journals;

/// <summary>One picked entry and the amount of the line to apply to it (signed like the line; the discount is added when due).</summary>
public sealed record ManualApplicationInput(Guid EntryId, decimal Amount);

public sealed record ApplyLineManuallyCommand(Guid JournalId, Guid LineId, IReadOnlyList<ManualApplicationInput> Applications, string User, int? ExpectedVersion)
    : ILineEditCommand;

public sealed class ApplyLineManuallyValidator : LineEditValidator<ApplyLineManuallyCommand>
{
    public ApplyLineManuallyValidator()
    {
        RuleFor(c => c.Applications).NotEmpty().WithErrorCode("application.none").WithMessage("Pick at least one open entry and give an amount.");
        RuleForEach(c => c.Applications).Must(a => a.Amount != 0m).WithErrorCode("application.zero").WithMessage("An amount to apply cannot be zero.");
        RuleFor(c => c.Applications).Must(a => a.Select(x => x.EntryId).Distinct().Count() == a.Count)
            .WithErrorCode("application.duplicate").WithMessage("Each entry can be picked once.");
    }
}

/// <summary>
/// Applies a line by hand to open entries of one customer or vendor (any, not only the proposed one), one or several,
/// with amounts (BC's Apply Manually → confidence Manual). The payment discount is taken on an entry when the line is
/// dated on or before its discount date and the amount, with the discount, closes the entry. Refused: entries of
/// several accounts, of the other sign or currency, closed, or applied beyond their remaining amount less what other
/// lines of open journals apply; more than the line's amount.
/// </summary>
public sealed class ApplyLineManuallyHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<ApplyLineManuallyCommand> validator)
{
    public async Task<Result<int>> HandleAsync(ApplyLineManuallyCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<int>.Failure(loaded);

        var entries = await LedgerEntryLookup.LoadAsync(db, [.. command.Applications.Select(a => a.EntryId)], line.Id, cancellationToken);
        var applications = new List<AppliedPaymentEntry>();
        foreach (var input in command.Applications)
        {
            if (!entries.TryGetValue(input.EntryId, out var entry))
                return Result<int>.Invalid("application.entry-not-found", "A picked entry does not exist.");
            var discount = entry.DiscountPossibleOn(line.BookingDate) && input.Amount + entry.RemainingPmtDiscountPossible == entry.Available
                ? entry.RemainingPmtDiscountPossible
                : 0m;
            applications.Add(new AppliedPaymentEntry(entry.Id, input.Amount, discount, entry.DocumentNo));
        }

        var checkedApplications = ApplicationGuard.Check(line, applications, entries);
        if (!checkedApplications.Succeeded) return Result<int>.Failure(checkedApplications);

        var party = entries[command.Applications[0].EntryId];
        var applied = line.ApplyManually(AccountTypes.ToApplication(party.PartyType), party.PartyNo, applications, command.User, clock.GetUtcNow().UtcDateTime);
        if (!applied.Succeeded) return Result<int>.Failure(applied);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded ? Result.Success(journal.Version) : Result<int>.Failure(saved);
    }
}
