using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.TextMappings;

public sealed record ListTextMappingsQuery(string? Search = null, int? Page = null, int? PageSize = null);

public sealed record TextMappingItem(Guid Id, string MappingText, ApplicationAccountType AccountType, string? DebitAccountNo, string? CreditAccountNo,
    string CreatedBy, DateTime CreatedAtUtc, int Version);

/// <summary>Text-to-account mappings, by text.</summary>
public sealed class ListTextMappingsHandler(BankReconDbContext db)
{
    public Task<PagedList<TextMappingItem>> HandleAsync(ListTextMappingsQuery query, CancellationToken cancellationToken)
    {
        var mappings = db.TextToAccountMappings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var lowered = query.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
            mappings = mappings.Where(m => m.MappingText.ToLower().Contains(lowered) || m.DebitAccountNo == query.Search.Trim() || m.CreditAccountNo == query.Search.Trim());
#pragma warning restore CA1304, CA1311, CA1862
        }

        return mappings.OrderBy(m => m.MappingText)
            .Select(m => new TextMappingItem(m.Id, m.MappingText, m.AccountType, m.DebitAccountNo, m.CreditAccountNo, m.CreatedBy, m.CreatedAtUtc, m.Version))
            .ToPagedListAsync(new PageRequest(query.Page, query.PageSize), cancellationToken);
    }
}
