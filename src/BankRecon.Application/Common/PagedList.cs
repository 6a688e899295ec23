namespace BankRecon.Application.Common;

/// <summary>One page of a list read model plus what the pager needs (page x of y, total count).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount) : IPagedList
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)((TotalCount + (long)PageSize - 1) / PageSize);

    public bool HasPreviousPage => PageNumber > 1;

    public bool HasNextPage => PageNumber < TotalPages;

    /// <summary>1-based position of the first item on this page (0 when the list is empty).</summary>
    public int FirstItemNumber => TotalCount == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastItemNumber => TotalCount == 0 ? 0 : FirstItemNumber + Items.Count - 1;
}
