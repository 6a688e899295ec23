using System.Globalization;
using System.Xml.Linq;
using BankRecon.Web.Localization;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Tests;

/// <summary>The caching localizer answers exactly as the resource files do, per culture, with and without arguments.</summary>
public sealed class CachingStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    [Fact]
    public void Every_string_in_every_culture_is_the_resource_files_answer_even_when_cultures_alternate()
    {
        var plain = Resources.Create(typeof(SharedResource));
        var cached = new CachingStringLocalizerFactory(Resources).Create(typeof(SharedResource));
        var keys = XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", "SharedResource.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        Assert.True(keys.Count > 500, $"Only {keys.Count} keys; is the resource file found?");

        // Twice round the cultures, so the second pass is answered from the cache.
        foreach (var culture in new[] { "nb-NO", "en-GB", "sv-SE", "nb-NO", "en-GB", "sv-SE" })
        {
            var differences = WithCulture(culture, () => keys.Where(k => plain[k].Value != cached[k].Value).ToList());
            Assert.Empty(differences);
        }

        Assert.NotEqual(WithCulture("nb-NO", () => cached["Nav.Home"].Value), WithCulture("sv-SE", () => cached["Nav.Home"].Value));
    }

    [Fact]
    public void Arguments_are_formatted_in_the_current_culture_and_a_missing_key_is_reported_as_missing()
    {
        var cached = new CachingStringLocalizer(Resources.Create(typeof(SharedResource)));

        var missing = WithCulture("nb-NO", () => cached["No.Such.Key {0}", 1234.5m]);
        var missingAgain = WithCulture("en-GB", () => cached["No.Such.Key {0}", 1234.5m]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key 1234,5", missing.Value);
        Assert.Equal("No.Such.Key 1234.5", missingAgain.Value);
    }

    private static T WithCulture<T>(string name, Func<T> action)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }
}
