using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Navigation;

/// <summary>Which Razor pages exist in this build, read once from the app's endpoints.</summary>
public sealed class PageCatalog(EndpointDataSource endpoints)
{
    private HashSet<string>? _pages;

    public bool Exists(string page) => Pages.Contains(page);

    private HashSet<string> Pages => _pages ??= [.. endpoints.Endpoints
        .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
        .OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase)];
}
