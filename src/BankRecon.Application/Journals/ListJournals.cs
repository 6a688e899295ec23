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

/// <summary>
/// Payment reconciliation journals, newest first, optionally of one bank account and one status, with their line
/// figures: from the journal page's snapshot where it holds the journal's current Version, otherwise summed in SQL.
/// </summary>
public sealed class ListJournalsHandler(BankReconDbContext db, JournalSnapshotCache snapshots)
{
    public async Task<PagedList<JournalListItem>> HandleAsync(ListJournalsQuery query, CancellationToken cancellationToken)
    {
        var journals = db.PaymentReconciliationJournals.AsNoTracking();
        if (query.BankAccountId is { } bankAccountId) journals = journals.Where(j => j.BankAccountId == bankAccountId);
        if (query.Status is { } status) journals = journals.Where(j => j.Status == status);
        var rows = from j in journals
                   join b in db.BankAccounts on j.BankAccountId equals b.Id
                   orderby j.CreatedAtUtc descending, j.No descending
                   select new { j.Id, j.No, BankAccountId = b.Id, BankNo = b.No, BankName = b.Name, j.Currency, j.StatementNo, j.StatementDate, j.Status, j.CreatedAtUtc, j.CreatedBy, j.Version };
        var page = await rows.ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);

        var figures = new Dictionary<Guid, JournalFigures>();
        foreach (var r in page.Items)
            if (snapshots.TryGet(r.Id, r.Version, out var snapshot)) figures[r.Id] = snapshot.Figures;

        // One grouped query for the figures of the other journals of the page (index on JournalId), not one per journal.
        var ids = page.Items.Select(r => r.Id).Where(id => !figures.ContainsKey(id)).ToList();
        if (ids.Count > 0)
        {
            var summed = await db.StatementLines.AsNoTracking().Where(l => ids.Contains(l.JournalId)).GroupBy(l => l.JournalId).Select(g => new
            {
                g.Key,
                Lines = g.Count(),
                Applied = g.Count(l => l.AccountType != ApplicationAccountType.None),
                ToReview = g.Count(l => l.ReviewRequired),
                WithDifference = g.Count(l => l.Amount != l.AppliedAmount),
                Total = g.Sum(l => l.Amount),
                AppliedAmount = g.Sum(l => l.AppliedAmount),
            }).ToListAsync(cancellationToken);
            foreach (var f in summed)
                figures[f.Key] = new JournalFigures(f.Lines, f.Applied, f.ToReview, f.WithDifference, f.Lines - f.Applied, f.Total, f.AppliedAmount, new Dictionary<LineConfidence, int>());
        }

        var items = page.Items.Select(r =>
        {
            var f = figures.GetValueOrDefault(r.Id);
            return new JournalListItem(r.Id, r.No, r.BankAccountId, r.BankNo, r.BankName, r.Currency, r.StatementNo, r.StatementDate, f?.Lines ?? 0,
                f?.AppliedLines ?? 0, f?.ToReview ?? 0, f?.WithDifference ?? 0, f?.Total ?? 0m, f?.Difference ?? 0m, r.Status,
                r.CreatedAtUtc, r.CreatedBy);
        }).ToList();
        return new PagedList<JournalListItem>(items, page.PageNumber, page.PageSize, page.TotalCount);
    }
}
