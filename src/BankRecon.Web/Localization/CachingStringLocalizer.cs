using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Localization;

/// <summary>
/// Remembers each translated string per UI culture. Every page view looks up a hundred or more strings, and the
/// resource manager takes a lock on each look-up, which many simultaneous requests on a small server queue on.
/// Formatting with arguments still happens per call, in the current culture, exactly as the resource manager does.
/// </summary>
public sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    /// <summary>Bounds memory if a caller ever passes names that are not resource keys; the real keys are far fewer.</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _strings = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_strings.TryGetValue(key, out var cached)) return cached;
            var found = inner[name];
            if (_strings.Count < Capacity) _strings.TryAdd(key, found);
            return found;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
