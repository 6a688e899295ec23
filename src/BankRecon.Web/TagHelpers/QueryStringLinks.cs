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
