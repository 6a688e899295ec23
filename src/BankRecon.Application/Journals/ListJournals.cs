using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record ListJournalsQuery(Guid? BankAccountId = null, JournalStatus? Status = null, int? Page = null, int? PageSize = null);

public sealed record JournalListItem(
    Guid Id,
    string No,
    Guid BankAccountId,
    string BankAccountNo,
    string BankAccountName,
    string Currency,
    string StatementNo,
    DateOnly StatementDate,
    int Lines,
    int AppliedLines,
    int ToReview,
    int WithDifference,
    decimal Total,
    decimal Difference,
    JournalStatus Status,
    DateTime CreatedAtUtc,
    string CreatedBy);

/// <summary>Payment reconciliation journals, newest first, optionally of one bank account and one status, with their line figures.</summary>
public sealed class ListJournalsHandler(BankReconDbContext db)
{
    public async Task<PagedList<JournalListItem>> HandleAsync(ListJournalsQuery query, CancellationToken cancellationToken)
    {
        var journals = db.PaymentReconciliationJournals.AsNoTracking();
        if (query.BankAccountId is { } bankAccountId) journals = journals.Where(j => j.BankAccountId == bankAccountId);
        if (query.Status is { } status) journals = journals.Where(j => j.Status == status);
        var rows = from j in journals
                   join b in db.BankAccounts on j.BankAccountId equals b.Id
                   orderby j.CreatedAtUtc descending, j.No descending
                   select new { j.Id, j.No, BankAccountId = b.Id, BankNo = b.No, BankName = b.Name, j.Currency, j.StatementNo, j.StatementDate, j.Status, j.CreatedAtUtc, j.CreatedBy };
        var page = await rows.ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);

        // One grouped query for the figures of the page's journals (index on JournalId), not one per journal.
        var ids = page.Items.Select(r => r.Id).ToList();
        var figures = await db.StatementLines.AsNoTracking().Where(l => ids.Contains(l.JournalId)).GroupBy(l => l.JournalId).Select(g => new
        {
            g.Key,
            Lines = g.Count(),
            Applied = g.Count(l => l.AccountType != ApplicationAccountType.None),
            ToReview = g.Count(l => l.ReviewRequired),
            WithDifference = g.Count(l => l.Amount != l.AppliedAmount),
            Total = g.Sum(l => l.Amount),
            AppliedAmount = g.Sum(l => l.AppliedAmount),
        }).ToDictionaryAsync(f => f.Key, cancellationToken);

        var items = page.Items.Select(r =>
        {
            var f = figures.GetValueOrDefault(r.Id);
            return new JournalListItem(r.Id, r.No, r.BankAccountId, r.BankNo, r.BankName, r.Currency, r.StatementNo, r.StatementDate, f?.Lines ?? 0,
                f?.Applied ?? 0, f?.ToReview ?? 0, f?.WithDifference ?? 0, f?.Total ?? 0m, (f?.Total ?? 0m) - (f?.AppliedAmount ?? 0m), r.Status,
                r.CreatedAtUtc, r.CreatedBy);
        }).ToList();
        return new PagedList<JournalListItem>(items, page.PageNumber, page.PageSize, page.TotalCount);
    }
}
