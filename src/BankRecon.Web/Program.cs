using BankRecon.Application;
using BankRecon.Web;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Localization;
using BankRecon.Web.Navigation;
using BankRecon.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// Nothing below reads configuration eagerly: every setting is read through DI/options when the host is built, so
// that all configuration sources (including test hosts) apply.
builder.Logging.AddBankReconSerilog();
builder.Services.AddSingleton<AppPaths>();
builder.Services.Configure<CompanyOptions>(builder.Configuration.GetSection(CompanyOptions.SectionName));
builder.Services.AddBankReconDatabase();
builder.Services.AddBankReconApplication();
builder.Services.AddBankReconStatementImport();
builder.Services.AddBankReconSecurity();
builder.Services.AddBankReconLocalization();
builder.Services.AddSingleton<PageCatalog>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

builder.Services
    .AddRazorPages(options =>
    {
        // Everything needs a signed-in user unless listed here; /Admin needs an administrator.
        options.Conventions.AuthorizeFolder("/");
        options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
        options.Conventions.AllowAnonymousToPage("/Account/SignIn");
        options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        options.Conventions.AllowAnonymousToPage("/Account/Language");
        options.Conventions.AllowAnonymousToPage("/Status");
        // Read-only roles are refused on every POST unless the page opts in ([AllowReadOnlyRoles]).
        options.Conventions.ConfigureFilter(new ReadOnlyRolesFilter());
    })
    .AddMvcOptions(options =>
    {
        // Required-ness is checked by the use cases' validators; implicit [Required] would add untranslated text.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

var app = builder.Build();

// First, so that one line per request carries the final status (after error and status-code pages).
app.UseMiddleware<RequestLoggingMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Status/500");
    app.UseHsts();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
{
    ResponseWriter = HealthResponseWriter.WriteAsync,
}).AllowAnonymous();
app.MapRazorPages();

await StartupTasks.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>Entry point type, public for WebApplicationFactory.</summary>
public partial class Program;
