using System.Diagnostics;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// One line per request: method, path, status, elapsed milliseconds and user name. Never the query string, the
/// body or form fields: they carry names, account numbers and remittance text.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    private const string Template = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {User}";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            Write(context, StatusCodes.Status500InternalServerError, started, ex);
            throw;
        }

        Write(context, context.Response.StatusCode, started, null);
    }

    private void Write(HttpContext context, int statusCode, long started, Exception? exception)
    {
        // Health probes and static files (no endpoint) are noise at Information level.
        var level = statusCode >= 500 ? LogLevel.Error
            : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogLevel.Debug
            : context.GetEndpoint() is null && statusCode < 400 ? LogLevel.Debug
            : LogLevel.Information;
        if (!logger.IsEnabled(level)) return;

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "(anonymous)";
        var path = (context.Request.PathBase + context.Request.Path).ToString();
        logger.Log(level, exception, Template, context.Request.Method, path, statusCode, elapsedMs, user);
    }
}
