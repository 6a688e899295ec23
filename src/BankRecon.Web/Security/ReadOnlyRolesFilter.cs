using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BankRecon.Web.Security;

/// <summary>
/// Applied to every Razor page: a request that could change data (anything but GET/HEAD/OPTIONS) from a read-only
/// role is refused with 403 before the handler runs. New pages are covered without anyone remembering to.
/// </summary>
public sealed class ReadOnlyRolesFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (IsRefused(context)) context.Result = new ForbidResult();
        else await next();
    }

    private static bool IsRefused(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)) return false;

        var user = context.HttpContext.User;
        if (!Policies.ReadOnlyRoles.Any(role => user.IsInRole(role.ToString()))) return false;

        var allowed = context.HandlerInstance.GetType().GetCustomAttribute<AllowReadOnlyRolesAttribute>() is not null
            || context.HandlerMethod?.MethodInfo.GetCustomAttribute<AllowReadOnlyRolesAttribute>() is not null;
        return !allowed;
    }
}
