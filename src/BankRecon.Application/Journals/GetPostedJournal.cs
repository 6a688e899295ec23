using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>One posted (or reversed) statement with a page of its lines.</summary>
public sealed record GetPostedJournalQuery(Guid JournalId, PageRequest LinesPage);

/// <summary>The file the statement was imported from, and who imported it.</summary>
public sealed record PostedJournalImport(string FileName, string Format, string ImportedBy, DateTime ImportedAtUtc);

/// <summary>One application of a line: to a customer/vendor entry (with its entry no.), or straight to an account.</summary>
public sealed record PostedJournalApplication(Guid? LedgerEntryId, long? LedgerEntryNo, string? DocumentNo, decimal AppliedAmount, decimal AppliedPmtDiscount);

public sealed record PostedJournalLine(
    int LineNo,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    string? Description,
    string? CounterpartyName,
    string? Reference,
    string? BankReference,
    decimal Amount,
    string Currency,
    ApplicationAccountType AccountType,
    string? AccountNo,
    LineConfidence Confidence,
    string? Rule,
    string? AppliedBy,
    DateTime? AppliedAtUtc,
    IReadOnlyList<PostedJournalApplication> Applications);

/// <summary>Header, audit trail (imported / applied / posted / reversed: who and when), transaction numbers, and one page of lines.</summary>
public sealed record PostedJournalDetails(
    Guid Id,
    string No,
    JournalStatus Status,
    int Version,
    Guid BankAccountId,
    string BankAccountNo,
    string BankAccountName,
    string Currency,
    string StatementNo,
    DateOnly StatementDate,
    decimal BalanceLastStatement,
    decimal StatementEndingBalance,
    int LineCount,
    decimal Total,
    bool Reconciled,
    string CreatedBy,
    DateTime CreatedAtUtc,
    PostedJournalImport? Import,
    string? AppliedBy,
    DateTime? AppliedAtUtc,
    string? PostedBy,
    DateTime? PostedAtUtc,
    long? PostedTransactionNo,
    string? ReversedBy,
    DateTime? ReversedAtUtc,
    long? ReversalTransactionNo,
    PagedList<PostedJournalLine> Lines);

/// <summary>
/// Reads a posted statement for auditors. Open journals are not posted statements: they come back as not found
/// (they belong to the journal page).
/// </summary>
public sealed class GetPostedJournalHandler(BankReconDbContext db)
{
    public async Task<PostedJournalDetails?> HandleAsync(GetPostedJournalQuery query, CancellationToken cancellationToken)
    {
        var journal = await db.PaymentReconciliationJournals.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == query.JournalId && j.Status != JournalStatus.Open, cancellationToken);
        if (journal is null) return null;

        var bank = await db.BankAccounts.AsNoTracking().SingleAsync(b => b.Id == journal.BankAccountId, cancellationToken);
        var import = journal.StatementImportId is { } importId
            ? await db.StatementImports.AsNoTracking().Where(i => i.Id == importId)
                .Select(i => new PostedJournalImport(i.FileName, i.Format, i.ImportedBy, i.ImportedAtUtc)).SingleOrDefaultAsync(cancellationToken)
            : null;
        var summary = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal.Id)
            .GroupBy(l => l.JournalId).Select(g => new { Count = g.Count(), Total = g.Sum(l => l.Amount) }).SingleOrDefaultAsync(cancellationToken);

        var lines = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo)
            .ToPagedListAsync(query.LinesPage, cancellationToken);
        var entryNos = await EntryNumbersAsync(lines.Items, cancellationToken);
        var items = lines.Items.Select(l => new PostedJournalLine(l.LineNo, l.BookingDate, l.ValueDate, l.Description, l.CounterpartyName, l.Reference,
            l.BankReference, l.Amount, l.Currency, l.AccountType, l.AccountNo, l.Confidence, l.Rule, l.AppliedBy, l.AppliedAtUtc,
            [.. l.Applications.OrderBy(a => a.DocumentNo, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => new PostedJournalApplication(a.LedgerEntryId,
                a.LedgerEntryId is { } id && entryNos.TryGetValue(id, out var no) ? no : null, a.DocumentNo, a.AppliedAmount, a.AppliedPmtDiscount))])).ToList();

        return new PostedJournalDetails(journal.Id, journal.No, journal.Status, journal.Version, bank.Id, bank.No, bank.Name, journal.Currency,
            journal.StatementNo, journal.StatementDate, journal.BalanceLastStatement, journal.StatementEndingBalance, summary?.Count ?? 0, summary?.Total ?? 0m,
            journal.Reconciled, journal.CreatedBy, journal.CreatedAtUtc, import, journal.AppliedBy, journal.AppliedAtUtc, journal.PostedBy, journal.PostedAtUtc,
            journal.PostedTransactionNo, journal.ReversedBy, journal.ReversedAtUtc, journal.ReversalTransactionNo,
            new PagedList<PostedJournalLine>(items, lines.PageNumber, lines.PageSize, lines.TotalCount));
    }

    /// <summary>Entry numbers of the customer/vendor entries the lines were applied to.</summary>
    internal async Task<Dictionary<Guid, long>> EntryNumbersAsync(IEnumerable<StatementLine> lines, CancellationToken cancellationToken)
    {
        var ids = lines.SelectMany(l => l.Applications).Select(a => a.LedgerEntryId).OfType<Guid>().Distinct().ToList();
        var numbers = new Dictionary<Guid, long>();
        if (ids.Count == 0) return numbers;
        foreach (var row in await db.CustomerLedgerEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.EntryNo }).ToListAsync(cancellationToken))
            numbers[row.Id] = row.EntryNo;
        foreach (var row in await db.VendorLedgerEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.EntryNo }).ToListAsync(cancellationToken))
            numbers[row.Id] = row.EntryNo;
        return numbers;
    }
}
