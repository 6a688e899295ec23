using BankRecon.Application.Common;

namespace BankRecon.Application.Tests.Common;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(null, null, 1, PageRequest.DefaultPageSize)]
    [InlineData(0, 0, 1, PageRequest.DefaultPageSize)]
    [InlineData(-3, -10, 1, PageRequest.DefaultPageSize)]
    [InlineData(4, 50, 4, 50)]
    [InlineData(2, 100_000, 2, PageRequest.MaxPageSize)]
    public void Out_of_range_input_is_clamped(int? page, int? size, int expectedPage, int expectedSize)
    {
        var request = new PageRequest(page, size);

        Assert.Equal((expectedPage, expectedSize), (request.PageNumber, request.PageSize));
    }

    [Theory]
    [InlineData(null, "name", false)]
    [InlineData("", "name", false)]
    [InlineData("-", "name", false)]
    [InlineData("created", "created", false)]
    [InlineData("-created", "created", true)]
    public void Sort_order_reads_a_leading_minus_as_descending(string? value, string column, bool descending)
    {
        var sort = SortOrder.Parse(value, "name");

        Assert.Equal(new SortOrder(column, descending), sort);
        Assert.Equal(value is null or "" or "-" ? "name" : value, sort.ToString());
    }
}
