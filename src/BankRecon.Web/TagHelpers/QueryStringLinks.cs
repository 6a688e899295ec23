using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace BankRecon.Web.TagHelpers;

/// <summary>Links back to the current list with some query values replaced (page, size, sort) and the rest kept.</summary>
public static class QueryStringLinks
{
    /// <summary>The page number's query name: not "page", which is Razor Pages' own route value (the page's path) and wins over it in binding.</summary>
    public const string Page = "pageNo";
    public const string Size = "size";
    public const string Sort = "sort";

    /// <summary>
    /// The page number asked for in the query string. Read by hand: "page" is also Razor Pages' own route value (the
    /// page's path), so a bound property named "page" gets "/Some/Page" and fails with a model error.
    /// </summary>
    public static int? PageNumber(HttpRequest request) =>
        int.TryParse(request.Query[Page], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : null;

    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var values = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (string.IsNullOrEmpty(value)) values.Remove(key);
            else values[key] = new StringValues(value);
        }

        var query = new QueryBuilder(values.SelectMany(v => v.Value.Select(item => new KeyValuePair<string, string>(v.Key, item ?? ""))));
        return (request.PathBase + request.Path).ToString() + query.ToQueryString();
    }
}
