using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>Posted (and reversed) payment reconciliation journals: the posted statements auditors browse.</summary>
/// <param name="Page">Which page.</param>
/// <param name="Sort">"date" (default, newest first), "statement", "bank", "posted"; prefix "-" for descending.</param>
/// <param name="BankAccountId">Only this bank account.</param>
/// <param name="Status">Posted or Reversed; null = both.</param>
/// <param name="From">Statement date on or after.</param>
/// <param name="To">Statement date on or before.</param>
/// <param name="Search">Part of the statement no., journal no. or the poster's user name.</param>
public sealed record ListPostedJournalsQuery(
    PageRequest Page,
    string? Sort = null,
    Guid? BankAccountId = null,
    JournalStatus? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null);

public sealed record PostedJournalListItem(
    Guid Id,
    string No,
    Guid BankAccountId,
    string BankAccountNo,
    string BankAccountName,
    string StatementNo,
    DateOnly StatementDate,
    int LineCount,
    decimal Total,
    string Currency,
    JournalStatus Status,
    bool Reconciled,
    string? PostedBy,
    DateTime? PostedAtUtc,
    long? PostedTransactionNo,
    string? ReversedBy,
    DateTime? ReversedAtUtc);

public sealed class ListPostedJournalsHandler(BankReconDbContext db)
{
    public const string DefaultSort = "-date";

    public async Task<PagedList<PostedJournalListItem>> HandleAsync(ListPostedJournalsQuery query, CancellationToken cancellationToken)
    {
        var journals = db.PaymentReconciliationJournals.AsNoTracking().Where(j => j.Status != JournalStatus.Open);
        if (query.BankAccountId is { } bankId) journals = journals.Where(j => j.BankAccountId == bankId);
        if (query.Status is { } status && status != JournalStatus.Open) journals = journals.Where(j => j.Status == status);
        if (query.From is { } from) journals = journals.Where(j => j.StatementDate >= from);
        if (query.To is { } to) journals = journals.Where(j => j.StatementDate <= to);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Upper-cased on both sides: translated to SQL UPPER(), so the analyzer's culture concern does not apply.
            var term = query.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            journals = journals.Where(j => j.StatementNo.ToUpper().Contains(term) || j.No.ToUpper().Contains(term) || (j.PostedBy != null && j.PostedBy.ToUpper().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = journals.Join(db.BankAccounts.AsNoTracking(), j => j.BankAccountId, b => b.Id, (j, b) => new { Journal = j, Bank = b });
        var sort = SortOrder.Parse(query.Sort, "date", defaultDescending: true);
        var ordered = sort.Column.ToUpperInvariant() switch
        {
            "STATEMENT" => sort.Descending ? rows.OrderByDescending(r => r.Journal.StatementNo) : rows.OrderBy(r => r.Journal.StatementNo),
            "BANK" => sort.Descending ? rows.OrderByDescending(r => r.Bank.No) : rows.OrderBy(r => r.Bank.No),
            "POSTED" => sort.Descending ? rows.OrderByDescending(r => r.Journal.PostedAtUtc) : rows.OrderBy(r => r.Journal.PostedAtUtc),
            _ => sort.Descending ? rows.OrderByDescending(r => r.Journal.StatementDate) : rows.OrderBy(r => r.Journal.StatementDate),
        };

        var page = await ordered.ThenBy(r => r.Journal.Id)
            .Select(r => new PostedJournalListItem(r.Journal.Id, r.Journal.No, r.Bank.Id, r.Bank.No, r.Bank.Name, r.Journal.StatementNo,
                r.Journal.StatementDate, 0, 0m, r.Journal.Currency, r.Journal.Status, r.Journal.Reconciled, r.Journal.PostedBy, r.Journal.PostedAtUtc,
                r.Journal.PostedTransactionNo, r.Journal.ReversedBy, r.Journal.ReversedAtUtc))
            .ToPagedListAsync(query.Page, cancellationToken);

        // Line counts and totals for this page's journals only.
        var ids = page.Items.Select(i => i.Id).ToList();
        var totals = await db.StatementLines.AsNoTracking().Where(l => ids.Contains(l.JournalId))
            .GroupBy(l => l.JournalId).Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Total), cancellationToken);
        var items = page.Items.Select(i => totals.TryGetValue(i.Id, out var t) ? i with { LineCount = t.Count, Total = t.Total } : i).ToList();
        return new PagedList<PostedJournalListItem>(items, page.PageNumber, page.PageSize, page.TotalCount);
    }
}
