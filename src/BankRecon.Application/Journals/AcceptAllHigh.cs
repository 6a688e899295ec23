using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record AcceptAllHighCommand(Guid JournalId, string User, int? ExpectedVersion);

/// <summary>How many High lines were accepted; the ones refused (an entry meanwhile over-applied or closed) with their reason.</summary>
public sealed record AcceptAllHighSummary(int Accepted, IReadOnlyList<RefusedLine> Refused, int Version);

public sealed record RefusedLine(Guid LineId, int LineNo, string Reason);

public sealed class AcceptAllHighValidator : AbstractValidator<AcceptAllHighCommand>
{
    public AcceptAllHighValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
    }
}

/// <summary>Accepts every line proposed with High confidence (rules or text mappings) in one go, with the checks of <see cref="AcceptLineHandler"/>.</summary>
public sealed class AcceptAllHighHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<AcceptAllHighCommand> validator)
{
    public async Task<Result<AcceptAllHighSummary>> HandleAsync(AcceptAllHighCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<AcceptAllHighSummary>.Invalid(validation.ToErrors());
        var (journal, loaded) = await JournalAccess.LoadForEditAsync(db, command.JournalId, command.ExpectedVersion, cancellationToken);
        if (journal is null) return Result<AcceptAllHighSummary>.Failure(loaded);

        var lines = await db.StatementLines
            .Where(l => l.JournalId == journal.Id && (l.Confidence == LineConfidence.High || l.Confidence == LineConfidence.HighTextMapping))
            .OrderBy(l => l.LineNo).ToListAsync(cancellationToken);
        var ids = lines.SelectMany(l => l.Applications).Where(a => a.LedgerEntryId is not null).Select(a => a.LedgerEntryId!.Value).Distinct().ToList();
        // Applied by every line of every open journal; each line's own part is taken out again when it is checked.
        var entries = await LedgerEntryLookup.LoadAsync(db, ids, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = new List<RefusedLine>();
        var accepted = 0;
        foreach (var line in lines)
        {
            var own = line.Applications.Where(a => a.LedgerEntryId is not null)
                .GroupBy(a => a.LedgerEntryId!.Value).ToDictionary(g => g.Key, g => g.Sum(a => a.AppliedAmount + a.AppliedPmtDiscount));
            var view = entries.ToDictionary(e => e.Key, e => own.TryGetValue(e.Key, out var mine) ? e.Value with { AppliedElsewhere = e.Value.AppliedElsewhere - mine } : e.Value);
            var outcome = ApplicationGuard.Check(line, line.Applications, view);
            if (outcome.Succeeded) outcome = line.Accept(command.User, now);
            if (outcome.Succeeded) accepted++;
            else refused.Add(new RefusedLine(line.Id, line.LineNo, outcome.Describe()));
        }

        if (accepted > 0)
        {
            journal.RecordEdit();
            var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
            if (!saved.Succeeded) return Result<AcceptAllHighSummary>.Failure(saved);
        }

        return Result.Success(new AcceptAllHighSummary(accepted, refused, journal.Version));
    }
}
