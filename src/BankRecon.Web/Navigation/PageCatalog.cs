using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Navigation;

/// <summary>
/// Which Razor pages exist in this build, read once from the app's endpoints, and their addresses. The menu is on
/// every page with some twenty links; working each address out through the router on every view costs more than the
/// rest of the menu, and a page's address never changes while the app runs.
/// </summary>
public sealed class PageCatalog(EndpointDataSource endpoints, LinkGenerator links)
{
    private readonly ConcurrentDictionary<(string PathBase, string Page), string> _paths = new();
    private HashSet<string>? _pages;

    public bool Exists(string page) => Pages.Contains(page);

    /// <summary>The address of a page that takes no route values, e.g. "/Customers/Index" → "/Customers".</summary>
    public string PathOf(HttpContext context, string page) =>
        _paths.GetOrAdd((context.Request.PathBase.Value ?? "", page), key =>
            links.GetPathByPage(key.Page, values: null, pathBase: key.PathBase) ?? key.PathBase + key.Page);

    private HashSet<string> Pages => _pages ??= [.. endpoints.Endpoints
        .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
        .OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase)];
}
