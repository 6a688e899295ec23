using System.Globalization;
using BankRecon.Application.Users;

namespace BankRecon.Web.Localization;

/// <summary>The languages the UI offers, with their names as a native speaker writes them.</summary>
public static class AppCultures
{
    public const string Default = "en-GB";
    public const string CookieName = "BankRecon.Culture";

    public static IReadOnlyList<string> Names => SetPreferredCultureHandler.SupportedCultures;

    public static IReadOnlyList<CultureInfo> All { get; } = [.. Names.Select(CultureInfo.GetCultureInfo)];

    /// <summary>Shown in the language picker, always in the language itself.</summary>
    public static string NativeName(string culture) => culture switch
    {
        "nb-NO" => "Norsk bokmål",
        "sv-SE" => "Svenska",
        _ => "English",
    };

    /// <summary>Maps a browser language ("nb", "no", "sv-FI", "en-US") to one of ours, or null.</summary>
    public static string? Match(string language)
    {
        var lower = language.Trim().ToLowerInvariant();
        var primary = lower.Split('-')[0];
        return primary switch
        {
            "nb" or "no" or "nn" => "nb-NO",
            "sv" => "sv-SE",
            "en" => "en-GB",
            _ => null,
        };
    }
}
