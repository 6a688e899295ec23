namespace BankRecon.Application.Common;

/// <summary>
/// A list's sort as it travels in a query string: "name" ascending, "-name" descending. Each query maps the
/// column names it knows to expressions and falls back to its default for anything else.
/// </summary>
public readonly record struct SortOrder(string Column, bool Descending)
{
    public static SortOrder Parse(string? value, string defaultColumn, bool defaultDescending = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed == "-") return new SortOrder(defaultColumn, defaultDescending);
        return trimmed[0] == '-' ? new SortOrder(trimmed[1..], true) : new SortOrder(trimmed, false);
    }

    public bool Is(string column) => string.Equals(Column, column, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Descending ? "-" + Column : Column;
}
