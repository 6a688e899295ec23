using System.Data.Common;
using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>
/// How every journal edit starts and ends: load the journal, refuse it when it is not open or when someone changed it
/// since the editor looked (ExpectedVersion), and save once, turning a lost race into the same clear conflict.
/// </summary>
internal static class JournalAccess
{
    public const string ChangedCode = "journal.changed";

    public static async Task<(PaymentReconciliationJournal? Journal, Result Outcome)> LoadForEditAsync(
        BankReconDbContext db, Guid journalId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var journal = await db.PaymentReconciliationJournals.SingleOrDefaultAsync(j => j.Id == journalId, cancellationToken);
        if (journal is null) return (null, Result.NotFound("journal.not-found", "The journal does not exist."));
        if (!journal.IsOpen)
            return (null, Result.Invalid("journal.not-open", $"Journal {journal.No} is {journal.Status.ToString().ToLowerInvariant()} and can no longer change.").WithArgs(journal.No));
        if (expectedVersion is { } expected && expected != journal.Version) return (null, Changed(journal.No));
        return (journal, Result.Success());
    }

    public static async Task<(StatementLine? Line, Result Outcome)> LoadLineAsync(
        BankReconDbContext db, PaymentReconciliationJournal journal, Guid lineId, CancellationToken cancellationToken)
    {
        var line = await db.StatementLines.SingleOrDefaultAsync(l => l.Id == lineId && l.JournalId == journal.Id, cancellationToken);
        return line is null
            ? (null, Result.NotFound("journal.line-not-found", $"The statement line is not in journal {journal.No}.").WithArgs(journal.No))
            : (line, Result.Success());
    }

    /// <summary>
    /// The start of every review action on one line: the command's shape, the open journal at the version the editor
    /// saw, and the line in it. Journal and line are null exactly when the outcome is a failure.
    /// </summary>
    public static async Task<(PaymentReconciliationJournal? Journal, StatementLine? Line, Result Outcome)> LoadLineForEditAsync<TCommand>(
        BankReconDbContext db, IValidator<TCommand> validator, TCommand command, CancellationToken cancellationToken)
        where TCommand : ILineEditCommand
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return (null, null, Result.Invalid(validation.ToErrors()));
        var (journal, loaded) = await LoadForEditAsync(db, command.JournalId, command.ExpectedVersion, cancellationToken);
        if (journal is null) return (null, null, loaded);
        var (line, found) = await LoadLineAsync(db, journal, command.LineId, cancellationToken);
        return line is null ? (null, null, found) : (journal, line, Result.Success());
    }

    /// <summary>
    /// Saves; a concurrent change of the same journal (its Version token) becomes <see cref="Changed"/>. The lines the
    /// edit changed are patched into the journal page's snapshot, so the next view need not read every line again.
    /// </summary>
    public static async Task<Result> SaveAsync(BankReconDbContext db, PaymentReconciliationJournal journal, JournalSnapshotCache snapshots,
        CancellationToken cancellationToken)
    {
        var versionBefore = db.Entry(journal).Property(j => j.Version).OriginalValue;
        var lines = ChangedLines(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed(journal.No);
        }

        // Saved and committed (no outer transaction here); the patch is only a faster way to the next view, so a
        // failure to read the lines back must not turn the saved edit into an error: the next view reads the journal.
        try
        {
            await snapshots.PatchAsync(journal.Id, versionBefore, journal.Version, lines,
                (ids, ct) => GetJournalHandler.ReadRowsAsync(db, journal.Id, ids, ct), CancellationToken.None);
        }
        catch (DbException)
        {
        }

        return Result.Success();
    }

    /// <summary>Lines added, changed or removed in this unit of work, also through their applications alone.</summary>
    private static HashSet<Guid> ChangedLines(BankReconDbContext db)
    {
        var lines = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is StatementLine line) lines.Add(line.Id);
            else if (entry.Entity is AppliedPaymentEntry) lines.Add((Guid)entry.Property("StatementLineId").CurrentValue!);
        }

        return lines;
    }

    public static Result Changed(string journalNo) => Result.Conflict(ChangedCode,
        $"Someone else changed journal {journalNo} while you were working on it, so your change was not saved. " +
        "The page now shows the journal as it is; check it and make your change again.").WithArgs(journalNo);

    /// <summary>BC's IncStr: increments the last run of digits, keeping its width ("2026-0041" → "2026-0042", "" → "1").</summary>
    public static string NextStatementNo(string? last)
    {
        if (string.IsNullOrWhiteSpace(last)) return "1";
        var text = last.Trim();
        var end = text.Length;
        while (end > 0 && !char.IsAsciiDigit(text[end - 1])) end--;
        if (end == 0) return text + "1";
        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        var digits = text[start..end];
        var next = (decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) + 1m)
            .ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
        return text[..start] + next + text[end..];
    }
}
