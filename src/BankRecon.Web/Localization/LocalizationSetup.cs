using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace BankRecon.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>
    /// Culture comes from the language cookie (set by the picker and at sign-in from the user's saved preference),
    /// then from the browser, then en-GB. Numbers and dates follow the chosen culture.
    /// </summary>
    public static IServiceCollection AddBankReconLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CachingStringLocalizerFactory>();
        // Write æ, ø, å, ä, ö and the no-break space of "1 234,56" as UTF-8 instead of &#xF8; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(AppCultures.Default);
            options.SupportedCultures = [.. AppCultures.All];
            options.SupportedUICultures = [.. AppCultures.All];
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = AppCultures.CookieName },
                new BrowserLanguageCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Writes the language cookie (one year; it holds no personal data, so it needs no consent).</summary>
    public static void SetCultureCookie(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            AppCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
}
