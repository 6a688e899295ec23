using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BankRecon.Web.Security;

public static class SecuritySetup
{
    public const string AuthCookieName = "BankRecon.Auth";
    public const string AntiforgeryCookieName = "BankRecon.Antiforgery";
    public const long DefaultMaxRequestBodyBytes = 10L * 1024 * 1024;

    /// <summary>
    /// Cookie authentication (no Identity store, see docs/adr/0009), role policies, antiforgery, request size
    /// limits, and data-protection keys kept in the data folder so that sign-ins survive a restart. Everything that
    /// depends on configuration is read through options, when the host is built.
    /// </summary>
    public static IServiceCollection AddBankReconSecurity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("BankRecon");
        services.AddOptions<KeyManagementOptions>().Configure<AppPaths, ILoggerFactory>((options, paths, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeysFolder), loggers));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                options.Cookie.Name = AuthCookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicyFor(configuration, environment);
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Security:SessionHours", 8));
                options.LoginPath = "/Account/SignIn";
                options.LogoutPath = "/Account/SignOut";
                options.AccessDeniedPath = "/Account/AccessDenied";
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
                // Answer "forbidden" in place with 403 (the status-code page explains it) instead of a redirect,
                // so the browser, the logs and the tests all see what happened.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorization(Policies.Register);

        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SecurePolicy = CookieSecurePolicyFor(configuration, environment);
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddOptions<FormOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.MultipartBodyLengthLimit = MaxRequestBodyBytes(configuration);
            options.ValueCountLimit = 2048;
        });
        services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = MaxRequestBodyBytes(configuration);
        });
        return services;
    }

    /// <summary>Limits:MaxRequestBodyBytes (default 10 MB). A page that needs more says so with [RequestSizeLimit].</summary>
    public static long MaxRequestBodyBytes(IConfiguration configuration) =>
        configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);

    /// <summary>
    /// Secure-only cookies everywhere except Development and the test host, which run over plain HTTP.
    /// Override with Security:CookieSecurePolicy (Always, SameAsRequest) when TLS ends at a proxy.
    /// </summary>
    public static CookieSecurePolicy CookieSecurePolicyFor(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Security:CookieSecurePolicy"];
        if (!string.IsNullOrWhiteSpace(configured)) return Enum.Parse<CookieSecurePolicy>(configured, ignoreCase: true);
        return environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
    }
}
