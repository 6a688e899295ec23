using System.Reflection;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>One Razor page as the running app sees it, after loading (so convention-added metadata is present).</summary>
public sealed record PageRoute(
    string ViewEnginePath,
    string RouteTemplate,
    IReadOnlyList<object> Metadata,
    IReadOnlyList<HandlerMethodDescriptor> Handlers,
    Type HandlerType)
{
    public bool AllowsAnonymous => Metadata.OfType<IAllowAnonymous>().Any();

    public bool HasRouteParameters => RouteTemplate.Contains('{', StringComparison.Ordinal);

    public bool AllowsReadOnlyRoles(HandlerMethodDescriptor? handler) =>
        HandlerType.GetCustomAttribute<AllowReadOnlyRolesAttribute>() is not null ||
        handler?.MethodInfo.GetCustomAttribute<AllowReadOnlyRolesAttribute>() is not null;

    public override string ToString() => ViewEnginePath;
}

public static class PageRoutes
{
    /// <summary>
    /// Every Razor page in the app, read from its endpoint data source and loaded through the page loader.
    /// New pages appear here without anyone listing them.
    /// </summary>
    public static async Task<IReadOnlyList<PageRoute>> DiscoverAsync(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<PageRoute>();

        // An Index page has two routes ("/Users" and "/Users/Index"): keep the shorter one.
        foreach (var group in endpoints
                     .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<PageActionDescriptor>()))
                     .Where(x => x.Descriptor is not null)
                     .GroupBy(x => x.Descriptor!.ViewEnginePath, StringComparer.Ordinal))
        {
            var (endpoint, descriptor) = group.OrderBy(x => x.Endpoint.RoutePattern.RawText?.Length ?? 0).First();
            var compiled = await loader.LoadAsync(descriptor!, endpoint.Metadata);
            pages.Add(new PageRoute(
                descriptor!.ViewEnginePath,
                "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'),
                [.. compiled.EndpointMetadata],
                [.. compiled.HandlerMethods],
                compiled.HandlerTypeInfo.AsType()));
        }

        return [.. pages.OrderBy(p => p.ViewEnginePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// What the authorization metadata on the page says a user of <paramref name="role"/> gets: allowed or not.
    /// Evaluated with the app's own policy provider and authorization service.
    /// </summary>
    public static async Task<bool> IsAllowedAsync(IServiceProvider services, PageRoute page, BankRecon.Domain.Users.UserRole role)
    {
        if (page.AllowsAnonymous) return true;
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider, page.Metadata.OfType<IAuthorizeData>())
            ?? await policyProvider.GetFallbackPolicyAsync();
        if (policy is null) return true;

        var principal = UserClaims.CreatePrincipal(new BankRecon.Application.Users.SignedInUser(
            Guid.NewGuid(), "probe", "Probe", role, "stamp", null));
        var result = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, null, policy);
        return result.Succeeded;
    }

    public static string PostUrl(string pageUrl, HandlerMethodDescriptor handler) =>
        string.IsNullOrEmpty(handler.Name) ? pageUrl : $"{pageUrl}?handler={handler.Name}";

    public static bool IsPost(HandlerMethodDescriptor handler) => HttpMethods.IsPost(handler.HttpMethod);
}
