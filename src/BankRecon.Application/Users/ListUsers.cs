using BankRecon.Application.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

public sealed record ListUsersQuery(PageRequest Page, string? Sort = null, string? Search = null);

public sealed record UserListItem(
    Guid Id, string UserName, string DisplayName, UserRole Role, bool IsDemo, DateTime? LockoutEndUtc, DateTime CreatedAtUtc);

/// <summary>The users admin list: search by user or display name, sort by a known column, one page at a time.</summary>
public sealed class ListUsersHandler(BankReconDbContext db, TimeProvider clock)
{
    public const string DefaultSort = "username";

    public async Task<PagedList<UserListItem>> HandleAsync(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Case-insensitive on every provider: compare upper-cased text. ToUpper() here is translated to SQL
            // UPPER(), so the .NET culture rules the analyzer warns about do not apply (SQLite folds ASCII only).
            var term = query.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            users = users.Where(u => u.NormalizedUserName.Contains(term) || u.DisplayName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var sort = SortOrder.Parse(query.Sort, DefaultSort);
        IOrderedQueryable<UserAccount> ordered = sort.Column.ToUpperInvariant() switch
        {
            "NAME" => sort.Descending ? users.OrderByDescending(u => u.DisplayName) : users.OrderBy(u => u.DisplayName),
            "ROLE" => sort.Descending ? users.OrderByDescending(u => u.Role) : users.OrderBy(u => u.Role),
            "CREATED" => sort.Descending ? users.OrderByDescending(u => u.CreatedAtUtc) : users.OrderBy(u => u.CreatedAtUtc),
            _ => sort.Descending ? users.OrderByDescending(u => u.NormalizedUserName) : users.OrderBy(u => u.NormalizedUserName),
        };

        var now = clock.GetUtcNow().UtcDateTime;
        return await ordered
            .ThenBy(u => u.Id) // stable paging when the sort column has ties
            .Select(u => new UserListItem(
                u.Id, u.UserName, u.DisplayName, u.Role, u.IsDemo,
                u.LockoutEndUtc > now ? u.LockoutEndUtc : null,
                u.CreatedAtUtc))
            .ToPagedListAsync(query.Page, cancellationToken);
    }
}
