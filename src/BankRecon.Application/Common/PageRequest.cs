namespace BankRecon.Application.Common;

/// <summary>Which page a list query should return. Out-of-range input is clamped, never an error.</summary>
public sealed record PageRequest
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>The sizes the pager offers; any value between 1 and <see cref="MaxPageSize"/> is accepted.</summary>
    public static IReadOnlyList<int> OfferedPageSizes { get; } = [25, 50, 100, 200];

    public PageRequest(int? pageNumber = null, int? pageSize = null)
    {
        PageNumber = pageNumber is > 0 ? pageNumber.Value : 1;
        PageSize = pageSize is > 0 ? Math.Min(pageSize.Value, MaxPageSize) : DefaultPageSize;
    }

    public int PageNumber { get; }

    public int PageSize { get; }

    /// <summary>The page to show of <paramref name="total"/> items: a page past the end is the last page.</summary>
    public int ClampedTo(int total) => total <= 0 ? 1 : Math.Min(PageNumber, (int)((total + (long)PageSize - 1) / PageSize));
}
