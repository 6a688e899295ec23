using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Localization;

/// <summary>The framework's resource-file localizers, each wrapped in a <see cref="CachingStringLocalizer"/>.</summary>
public sealed class CachingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachingStringLocalizer(inner.Create(key.BaseName, key.Location)));
}
