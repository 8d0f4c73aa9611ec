using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace GovGraph.Api.Redis;

/// <summary>
/// The Redis cache as HybridCache's second tier, skipped while Redis is known to be down: a read is a miss and a
/// write or removal does nothing, at once, without an exception or a log line per call (the outage is logged by
/// <see cref="RedisAvailability"/>). A call that fails in the instant before the outage is noticed is treated
/// the same way.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache inner, RedisAvailability availability) : IDistributedCache
{
    public byte[]? Get(string key) => availability.IsUp ? Try(() => inner.Get(key)) : null;

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        availability.IsUp ? await TryAsync(() => inner.GetAsync(key, token)) : null;

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (availability.IsUp)
        {
            Try(() => { inner.Set(key, value, options); return true; });
        }
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (availability.IsUp)
        {
            await TryAsync(async () => { await inner.SetAsync(key, value, options, token); return true; });
        }
    }

    public void Refresh(string key)
    {
        if (availability.IsUp)
        {
            Try(() => { inner.Refresh(key); return true; });
        }
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        if (availability.IsUp)
        {
            await TryAsync(async () => { await inner.RefreshAsync(key, token); return true; });
        }
    }

    public void Remove(string key)
    {
        if (availability.IsUp)
        {
            Try(() => { inner.Remove(key); return true; });
        }
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        if (availability.IsUp)
        {
            await TryAsync(async () => { await inner.RemoveAsync(key, token); return true; });
        }
    }

    private static T? Try<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            return default;
        }
    }

    private static async Task<T?> TryAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            return default;
        }
    }
}
