using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using BankRecon.Web.Infrastructure;

namespace BankRecon.Web.Security;

public static class SecuritySetup
{
    public const string AuthCookieName = "BankRecon.Auth";
    public const string AntiforgeryCookieName = "BankRecon.Antiforgery";
    public const long DefaultMaxRequestBodyBytes = 10L * 1024 * 1024;

    /// <summary>
    /// Cookie authentication (no Identity store, see docs/adr/0009), role policies, antiforgery and data-protection
    /// keys kept in the data folder so that sign-ins survive a restart.
    /// </summary>
    public static IServiceCollection AddBankReconSecurity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, AppPaths paths)
    {
        var securePolicy = CookieSecurePolicyFor(configuration, environment);

        services.AddDataProtection()
            .SetApplicationName("BankRecon")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.KeysFolder));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = AuthCookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = securePolicy;
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

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.HeaderName = "X-CSRF-TOKEN";
        });

        var maxBody = configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = maxBody;
            o.ValueCountLimit = 2048;
        });
        return services;
    }

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
