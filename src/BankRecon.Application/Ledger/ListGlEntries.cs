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
        return await entries.Join(accounts, e => e.GlAccountId, a => a.Id, (e, a) => new GlEntryItem(
                e.EntryNo, e.TransactionNo, e.PostingDate, e.DocumentType, e.DocumentNo, a.No, a.Name, e.Description, e.Amount,
                e.SourceType, e.SourceNo, e.Reversed, e.PostedBy, e.PostedAtUtc))
            .OrderByDescending(e => e.EntryNo)
            .ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);
    }
}
