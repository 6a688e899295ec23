namespace BankRecon.Application.Common;

/// <summary>The paging facts of a <see cref="PagedList{T}"/> without its item type (for the pager UI).</summary>
public interface IPagedList
{
    int PageNumber { get; }

    int PageSize { get; }

    int TotalCount { get; }

    int TotalPages { get; }

    bool HasPreviousPage { get; }

    bool HasNextPage { get; }

    int FirstItemNumber { get; }

    int LastItemNumber { get; }
}
