using System.Collections.Concurrent;

namespace BankRecon.Application.Common;

/// <summary>
/// Values read on every request that rarely change (the session's user, the company profile), trusted for a short
/// <see cref="Lifetime"/> (ADR 0012). Changes made through this process call <see cref="Forget"/>; a change made by
/// another server or process is seen once the lifetime has passed.
/// </summary>
public class ShortLivedCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime, int capacity = 10_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, long LoadedAt)> _entries = new();

    public TimeSpan Lifetime => lifetime;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var cached) && clock.GetElapsedTime(cached.LoadedAt) < lifetime)
        {
            value = cached.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        // Only bounds memory: the keys are users or a single company, far fewer than this in practice.
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = (value, clock.GetTimestamp());
    }

    /// <summary>The value changed (or is gone): the next reader asks the database.</summary>
    public void Forget(TKey key) => _entries.TryRemove(key, out _);
}
