using BankRecon.Application.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Ledger;

public sealed record ListGlEntriesQuery(string? GlAccountNo = null, DateOnly? From = null, DateOnly? To = null, string? DocumentNo = null,
    long? TransactionNo = null, int? Page = null, int? PageSize = null);

public sealed record GlEntryItem(long EntryNo, long TransactionNo, DateOnly PostingDate, DocumentType DocumentType, string DocumentNo,
    string GlAccountNo, string GlAccountName, string Description, decimal Amount, SourceType SourceType, string? SourceNo, bool Reversed,
    string PostedBy, DateTime PostedAtUtc);

/// <summary>G/L entries, newest first, filterable by account, dates, document and transaction (every posting traceable).</summary>
public sealed class ListGlEntriesHandler(BankReconDbContext db)
{
    public async Task<PagedList<GlEntryItem>> HandleAsync(ListGlEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.GlEntries.AsNoTracking();
        if (query.From is { } from) entries = entries.Where(e => e.PostingDate >= from);
        if (query.To is { } to) entries = entries.Where(e => e.PostingDate <= to);
        if (!string.IsNullOrWhiteSpace(query.DocumentNo)) entries = entries.Where(e => e.DocumentNo == query.DocumentNo.Trim());
        if (query.TransactionNo is { } tx) entries = entries.Where(e => e.TransactionNo == tx);
        var accounts = db.GlAccounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.GlAccountNo)) accounts = accounts.Where(a => a.No == query.GlAccountNo.Trim());
        // Ordered before the projection: EF cannot sort by a member of a record built by its constructor.
        return await entries.Join(accounts, e => e.GlAccountId, a => a.Id, (e, a) => new { Entry = e, AccountNo = a.No, AccountName = a.Name })
            .OrderByDescending(x => x.Entry.EntryNo)
            .Select(x => new GlEntryItem(
                x.Entry.EntryNo, x.Entry.TransactionNo, x.Entry.PostingDate, x.Entry.DocumentType, x.Entry.DocumentNo, x.AccountNo, x.AccountName,
                x.Entry.Description, x.Entry.Amount, x.Entry.SourceType, x.Entry.SourceNo, x.Entry.Reversed, x.Entry.PostedBy, x.Entry.PostedAtUtc))
            .ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);
    }
}
