using BankRecon.Application.Common;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Parties;

/// <summary>
/// Which customers or vendors to list. <c>WithBalances</c> false is for a picker that only wants numbers and names:
/// the balance and open-entry count of each party are then not summed (0 in the result).
/// </summary>
public sealed record ListPartiesQuery(PartyType Type, string? Search = null, bool? Blocked = null, string? Sort = null, int? Page = null, int? PageSize = null,
    bool WithBalances = true);

public sealed record PartyListItem(Guid Id, string No, string Name, string? City, string CountryCode, string? Currency, bool Blocked, decimal Balance, int OpenEntries);

/// <summary>The customer or vendor list: search by number, name or city; filter blocked; sort; page.</summary>
public sealed class ListPartiesHandler(BankReconDbContext db)
{
    public async Task<PagedList<PartyListItem>> HandleAsync(ListPartiesQuery query, CancellationToken cancellationToken)
    {
        var parties = db.Parties(query.Type).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var lowered = term.ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
            parties = parties.Where(p => p.No.Contains(term) || p.Name.ToLower().Contains(lowered) || (p.City != null && p.City.ToLower().Contains(lowered)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Blocked is { } blocked) parties = parties.Where(p => p.Blocked == blocked);
        var entries = db.PartyEntries(query.Type);
        var withBalances = query.WithBalances;
        var rows = parties.Select(p => new
        {
            p.Id, p.No, p.Name, p.City, p.CountryCode, p.Currency, p.Blocked,
            Balance = withBalances ? entries.Where(e => e.PartyId == p.Id && e.Open).Sum(e => e.RemainingAmount) : 0m,
            OpenEntries = withBalances ? entries.Count(e => e.PartyId == p.Id && e.Open) : 0,
        });

        var sort = SortOrder.Parse(query.Sort, "no");
        rows = (sort.Column.ToLowerInvariant(), sort.Descending) switch
        {
            ("name", false) => rows.OrderBy(r => r.Name).ThenBy(r => r.No),
            ("name", true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.No),
            ("city", false) => rows.OrderBy(r => r.City).ThenBy(r => r.No),
            ("city", true) => rows.OrderByDescending(r => r.City).ThenBy(r => r.No),
            ("open", false) => rows.OrderBy(r => r.OpenEntries).ThenBy(r => r.No),
            ("open", true) => rows.OrderByDescending(r => r.OpenEntries).ThenBy(r => r.No),
            (_, true) => rows.OrderByDescending(r => r.No),
            _ => rows.OrderBy(r => r.No),
        };
        var page = await rows.ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);
        return new PagedList<PartyListItem>(
            [.. page.Items.Select(r => new PartyListItem(r.Id, r.No, r.Name, r.City, r.CountryCode, r.Currency, r.Blocked, r.Balance, r.OpenEntries))],
            page.PageNumber, page.PageSize, page.TotalCount);
    }
}
