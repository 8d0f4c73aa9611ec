using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace GovGraph.Api.Redis;

/// <summary>
/// Drops every cached analytics figure when Redis comes back: invalidations made during the outage could not
/// reach Redis, so entries it kept from before the outage may be stale.
/// </summary>
public sealed class RedisCacheReset(IConnectionMultiplexer connection, HybridCache cache, ILogger<RedisCacheReset> logger)
    : IHostedService
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

    private async void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Interactive)
        {
            return;
        }

        try
        {
            // "*" is HybridCache's wildcard tag: everything cached before now is treated as expired.
            await cache.RemoveByTagAsync("*");
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            logger.LogDebug(ex, "Could not reset the analytics cache after Redis returned");
        }
    }
}
