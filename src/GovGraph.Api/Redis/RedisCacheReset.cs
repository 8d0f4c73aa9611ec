using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace GovGraph.Api.Redis;

/// <summary>
/// Drops every cached analytics figure when Redis comes back: invalidations made during the outage could not
/// reach Redis, so entries it kept from before the outage may be stale. HybridCache keeps this wildcard
/// invalidation in Redis too, and an instance that starts later reads it, so it never trusts those entries.
/// </summary>
public sealed class RedisCacheReset(
    IConnectionMultiplexer connection,
    RedisAvailability availability,
    HybridCache cache,
    ILogger<RedisCacheReset> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        connection.ConnectionRestored += OnRestored;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        connection.ConnectionRestored -= OnRestored;
        return Task.CompletedTask;
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e) => _ = ResetAsync();

    private async Task ResetAsync()
    {
        try
        {
            // The restore event can come before the multiplexer counts itself connected, and the wildcard must
            // reach Redis, not only this instance's memory.
            for (var attempt = 0; attempt < 50 && !availability.IsUp; attempt++)
            {
                await Task.Delay(100);
            }

            // "*" is HybridCache's wildcard tag: everything cached before now counts as expired.
            await cache.RemoveByTagAsync("*");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogDebug(ex, "Could not reset the analytics cache after Redis returned");
        }
    }
}
