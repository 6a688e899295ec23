using Microsoft.AspNetCore.Localization;

namespace BankRecon.Web.Localization;

/// <summary>
/// Accept-Language, but language-aware: a browser asking for "nb" or "sv" gets nb-NO or sv-SE (the framework's
/// provider only falls back from specific to neutral, not the other way round).
/// </summary>
public sealed class BrowserLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1.0))
        {
            if (language.Value.Value is { } value && AppCultures.Match(value) is { } culture)
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
        }

        return NullProviderCultureResult;
    }
}
