using System.Collections.Concurrent;
using GovGraph.Storage.Security;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>
/// Recent verification results (valid or not) by the presented key's id and a digest of the whole key, so only
/// the exact key that was checked can hit an entry. Bounded: when full, expired entries go, then everything.
/// </summary>
internal sealed class ApiKeyVerificationCache(TimeProvider time, TimeSpan lifetime, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool Enabled => lifetime > TimeSpan.Zero;

    public bool TryGet(string cacheKey, out ApiKeyRecord? record)
    {
        record = null;
        if (!Enabled || !_entries.TryGetValue(cacheKey, out var entry))
        {
            return false;
        }

        if (entry.Expires <= time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(cacheKey, entry));
            return false;
        }

        record = entry.Record;
        return true;
    }

    public void Set(string cacheKey, string id, ApiKeyRecord? record)
    {
        if (!Enabled)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_entries.Count >= capacity)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Expires <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[cacheKey] = new Entry(id, record, now + lifetime);
    }

    /// <summary>Forgets every result for a key id (after it was revoked here).</summary>
    public void Evict(string id)
    {
        foreach (var (key, entry) in _entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(string Id, ApiKeyRecord? Record, DateTimeOffset Expires);
}
