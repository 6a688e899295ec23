using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Posting;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Journals;

/// <summary>Reverse a posted payment reconciliation journal (Business Central's "Reverse Payment Rec. Journal" wizard). For accountants and administrators; the caller checks the role.</summary>
/// <param name="JournalId">The posted journal.</param>
/// <param name="ReversedBy">User name recorded on the reversing entries.</param>
/// <param name="RecreateJournal">Also create a new open journal with copies of the lines (unapplied) so the statement can be posted again.</param>
/// <param name="ExpectedVersion">The journal <c>Version</c> the user confirmed; null = no check.</param>
/// <param name="PostingDate">Posting date of the reversing entries; null = the original posting date (the statement date), as Business Central does.</param>
public sealed record ReverseJournalCommand(Guid JournalId, string ReversedBy, bool RecreateJournal, int? ExpectedVersion = null, DateOnly? PostingDate = null);

/// <summary>What a reversal did; <see cref="NewJournalId"/> is set when the journal was recreated.</summary>
public sealed record ReverseJournalResult(
    Guid JournalId,
    string JournalNo,
    long ReversalTransactionNo,
    int ReopenedEntries,
    bool StatementUndone,
    Guid? NewJournalId,
    string? NewJournalNo);

public sealed class ReverseJournalValidator : AbstractValidator<ReverseJournalCommand>
{
    public ReverseJournalValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.ReversedBy).NotEmpty().MaximumLength(100);
    }
}

/// <summary>
/// Undoes a posted journal with new, offsetting entries, in one database transaction:
/// <list type="number">
/// <item>if it was reconciled, undoes the statement: reopens its bank entries and moves the bank account's last
/// statement back (refused when a later statement has been reconciled since);</item>
/// <item>unapplies: every detailed entry the posting wrote (applications, discounts, tolerances, FX) gets a mirror,
/// both are marked unapplied, and the invoices get their remaining amounts (and possible discounts) back;</item>
/// <item>reverses the payment, bank and G/L entries with mirror entries (<see cref="Reversal"/>);</item>
/// <item>marks the journal Reversed and, if asked, creates a new open journal with the same lines, unapplied.</item>
/// </list>
/// The G/L effect of discounts, tolerance and FX is undone by the G/L mirror of step 3, so step 2 writes no G/L.
/// </summary>
public sealed class ReverseJournalHandler(
    BankReconDbContext db,
    LedgerWriter writer,
    TimeProvider clock,
    IValidator<ReverseJournalCommand> validator,
    ILogger<ReverseJournalHandler> logger)
{
    public const string JournalNumberSeries = "PMT-REC";

    public async Task<Result<ReverseJournalResult>> HandleAsync(ReverseJournalCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<ReverseJournalResult>.Invalid(validation.ToErrors());

        var result = await PostingRetry.RunAsync(db, ct => ReverseAsync(command, ct), cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Reversed journal {JournalNo} with transaction {TransactionNo}; recreated as {NewJournalNo}",
                result.Value.JournalNo, result.Value.ReversalTransactionNo, result.Value.NewJournalNo);
        }

        return result;
    }

    private async Task<Result<ReverseJournalResult>> ReverseAsync(ReverseJournalCommand command, CancellationToken cancellationToken)
    {
        var journal = await db.PaymentReconciliationJournals.SingleOrDefaultAsync(j => j.Id == command.JournalId, cancellationToken);
        if (journal is null) return Result<ReverseJournalResult>.NotFound("journal.not-found", "The payment reconciliation journal does not exist.");
        if (journal.Status == JournalStatus.Reversed)
        {
            return Result<ReverseJournalResult>.Conflict("journal.already-reversed",
                $"This payment reconciliation journal ({journal.No}) has already been reversed, by {journal.ReversedBy} at {journal.ReversedAtUtc:yyyy-MM-dd HH:mm} UTC.").WithArgs(journal.No, journal.ReversedBy ?? "", journal.ReversedAtUtc ?? default);
        }

        if (journal.Status != JournalStatus.Posted || journal.PostedTransactionNo is not { } transactionNo)
            return Result<ReverseJournalResult>.Invalid("journal.not-posted", $"Journal {journal.No} has not been posted; there is nothing to reverse.").WithArgs(journal.No);
        if (command.ExpectedVersion is { } expected && expected != journal.Version)
            return Result<ReverseJournalResult>.Conflict("journal.changed", $"Journal {journal.No} was changed by someone else after you opened it. Reload it and try again.").WithArgs(journal.No);

        var company = await db.CompanySettings.SingleAsync(cancellationToken);
        var bank = await db.BankAccounts.SingleAsync(b => b.Id == journal.BankAccountId, cancellationToken);
        var gl = await db.GlEntries.Where(e => e.TransactionNo == transactionNo).OrderBy(e => e.EntryNo).ToListAsync(cancellationToken);
        if (gl.Count == 0)
            return Result<ReverseJournalResult>.Invalid("journal.entries-missing", "Related entries not found. To unapply and reverse payments you must do it manually.");
        var payments = new List<PartyLedgerEntry>();
        payments.AddRange(await db.CustomerLedgerEntries.Where(e => e.TransactionNo == transactionNo).OrderBy(e => e.EntryNo).ToListAsync(cancellationToken));
        payments.AddRange(await db.VendorLedgerEntries.Where(e => e.TransactionNo == transactionNo).OrderBy(e => e.EntryNo).ToListAsync(cancellationToken));
        var bankEntries = await db.BankAccountLedgerEntries.Where(e => e.TransactionNo == transactionNo).OrderBy(e => e.EntryNo).ToListAsync(cancellationToken);

        // 1. Undo the statement.
        var statementUndone = false;
        if (journal.Reconciled)
        {
            if (!string.Equals(bank.LastStatementNo, journal.StatementNo, StringComparison.Ordinal))
            {
                return Result<ReverseJournalResult>.Invalid("journal.later-statement",
                    $"Bank account {bank.No} has been reconciled up to statement {bank.LastStatementNo} since statement {journal.StatementNo}. " +
                    "Reverse or undo the later statement first.").WithArgs(bank.No, bank.LastStatementNo ?? "", journal.StatementNo);
            }

            foreach (var entry in bankEntries.Where(e => e.BankAccountId == bank.Id && !e.Open && string.Equals(e.StatementNo, journal.StatementNo, StringComparison.Ordinal)))
                entry.Reopen();
            var previous = await db.PaymentReconciliationJournals.AsNoTracking()
                .Where(j => j.BankAccountId == bank.Id && j.Id != journal.Id && j.Status == JournalStatus.Posted && j.Reconciled)
                .OrderByDescending(j => j.PostedAtUtc).Select(j => j.StatementNo).FirstOrDefaultAsync(cancellationToken);
            bank.RestoreReconciledStatement(previous, journal.BalanceLastStatement);
            statementUndone = true;
        }

        // 2. Unapply.
        var postingDate = command.PostingDate ?? gl[0].PostingDate;
        var unapply = await UnapplyAsync(transactionNo, payments, postingDate, cancellationToken);
        if (!unapply.Succeeded) return Result<ReverseJournalResult>.Failure(unapply);

        // 3. Reverse.
        var reversal = Reversal.Build(gl, payments, bankEntries, postingDate, company.LocalCurrencyCode);
        if (!reversal.Succeeded) return Result<ReverseJournalResult>.Failure(reversal);
        var built = reversal.Value;
        var transaction = new JournalTransaction(postingDate, built.DocumentType, built.DocumentNo, built.SourceCode, company.LocalCurrencyCode,
            built.GlEntries, built.PartyEntries, built.BankEntries, [.. unapply.Value.Mirrors, .. built.DetailedEntries], built.Reversals);
        var reversalNo = await writer.WriteAsync(transaction, command.ReversedBy, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        journal.MarkReversed(command.ReversedBy, now, reversalNo);

        // 4. Recreate.
        PaymentReconciliationJournal? copy = null;
        if (command.RecreateJournal) copy = await RecreateAsync(journal, command.ReversedBy, now, cancellationToken);

        return Result.Success(new ReverseJournalResult(journal.Id, journal.No, reversalNo, unapply.Value.Reopened, statementUndone, copy?.Id, copy?.No));
    }

    private sealed record Unapplied(IReadOnlyList<DetailedLedgerEntry> Mirrors, int Reopened);

    private async Task<Result<Unapplied>> UnapplyAsync(long transactionNo, List<PartyLedgerEntry> payments, DateOnly postingDate, CancellationToken cancellationToken)
    {
        var details = await db.DetailedLedgerEntries
            .Where(d => d.TransactionNo == transactionNo && !d.Unapplied && d.EntryType != DetailedEntryType.InitialEntry)
            .OrderBy(d => d.EntryNo).ToListAsync(cancellationToken);

        // A payment applied again after this posting (a payment on account used later) must be unapplied there first.
        // Subqueries rather than id lists: EF Core sends a list as one parameter per id, slow for a long statement.
        var paymentIds = payments.Select(p => p.Id).ToHashSet();
        var postedPayments = db.CustomerLedgerEntries.Where(e => e.TransactionNo == transactionNo).Select(e => e.Id)
            .Concat(db.VendorLedgerEntries.Where(e => e.TransactionNo == transactionNo).Select(e => e.Id));
        var laterUse = await db.DetailedLedgerEntries.AsNoTracking()
            .Where(d => postedPayments.Contains(d.LedgerEntryId) && d.TransactionNo != transactionNo && !d.Unapplied && d.EntryType != DetailedEntryType.InitialEntry)
            .Select(d => new { d.DocumentNo, d.TransactionNo }).FirstOrDefaultAsync(cancellationToken);
        if (laterUse is not null)
        {
            return Result<Unapplied>.Invalid("journal.applied-later",
                $"A payment of this journal was applied again later (document {laterUse.DocumentNo}, transaction {laterUse.TransactionNo}). Unapply that first.").WithArgs(laterUse.DocumentNo, laterUse.TransactionNo);
        }

        var touched = db.DetailedLedgerEntries.Where(d => d.TransactionNo == transactionNo).Select(d => d.LedgerEntryId);
        var entries = payments.ToDictionary(p => p.Id);
        foreach (var entry in await db.CustomerLedgerEntries.Where(e => e.TransactionNo != transactionNo && touched.Contains(e.Id)).ToListAsync(cancellationToken))
            entries[entry.Id] = entry;
        foreach (var entry in await db.VendorLedgerEntries.Where(e => e.TransactionNo != transactionNo && touched.Contains(e.Id)).ToListAsync(cancellationToken))
            entries[entry.Id] = entry;

        var mirrors = new List<DetailedLedgerEntry>(details.Count);
        var reopened = new HashSet<Guid>();
        foreach (var detail in details)
        {
            var entry = entries[detail.LedgerEntryId];
            var mirror = new DetailedLedgerEntry(detail.PartyType, detail.LedgerEntryId, detail.PartyId, detail.EntryType, postingDate,
                detail.DocumentType, detail.DocumentNo, detail.Currency, -detail.Amount, -detail.AmountLocal, detail.AppliedLedgerEntryId);
            mirror.MarkUnapplied();
            detail.MarkUnapplied();
            mirrors.Add(mirror);
            if (detail.Amount == 0m) continue;
            var wasClosed = !entry.Open;
            entry.Unapply(-detail.Amount);
            if (wasClosed && entry.Open && !paymentIds.Contains(entry.Id)) reopened.Add(entry.Id);
        }

        return Result.Success(new Unapplied(mirrors, reopened.Count));
    }

    private async Task<PaymentReconciliationJournal> RecreateAsync(PaymentReconciliationJournal journal, string user, DateTime now, CancellationToken cancellationToken)
    {
        var series = await db.NumberSeries.SingleOrDefaultAsync(s => s.Code == JournalNumberSeries, cancellationToken);
        var no = series?.Next() ?? journal.No + "-R";
        var copy = new PaymentReconciliationJournal(no, journal.BankAccountId, journal.Currency, journal.StatementNo, journal.StatementDate,
            journal.BalanceLastStatement, journal.StatementEndingBalance, journal.StatementImportId, user, now);
        db.PaymentReconciliationJournals.Add(copy);

        var lines = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo).ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            // (bank account, dedup key) is unique across journals: the copy's key says where it came from.
            var key = $"{line.DedupKey}~{no}";
            db.StatementLines.Add(new StatementLine(copy.Id, line.BankAccountId, line.LineNo,
                new StatementLineData(line.BookingDate, line.ValueDate, line.Amount, line.Currency, line.OriginalAmount, line.OriginalCurrency, line.ExchangeRate,
                    line.Description, line.CounterpartyName, line.CounterpartyAccount, line.Reference, line.ReferenceType, line.EndToEndId, line.BankReference,
                    line.BankTransactionCode, line.IsReversal, line.SourceLocation),
                key.Length > 200 ? key[..200] : key));
        }

        return copy;
    }
}
