using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Common;

public static class QueryablePagingExtensions
{
    /// <summary>
    /// Counts, then fetches one page with Skip/Take. A page number past the end is clamped to the last page, so a
    /// list that shrank under a bookmarked URL still shows something. The query must already be ordered.
    /// </summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken) =>
        query.ToPagedListAsync(request, null, cancellationToken);

    /// <summary>As above; <paramref name="knownTotal"/> (when the caller already knows the count) saves the COUNT query.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> query, PageRequest request, int? knownTotal, CancellationToken cancellationToken)
    {
        var total = knownTotal ?? await query.CountAsync(cancellationToken);
        if (total == 0) return new PagedList<T>([], 1, request.PageSize, 0);

        var page = request.ClampedTo(total);
        var items = await query.Skip((page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, request.PageSize, total);
    }
}
