using GovGraph.Api.Changes.Feed;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GovGraph.Api.Redis;

public static class RedisExtensions
{
    /// <summary>The connection string that switches Redis on (<c>ConnectionStrings:Redis</c>).</summary>
    public const string ConnectionName = "Redis";

    /// <summary>
    /// When <c>ConnectionStrings:Redis</c> is set: one multiplexer that starts and keeps serving with Redis down,
    /// the Redis fan-out of committed events, Redis as HybridCache's distributed tier and a Redis health check
    /// (Degraded, never Unhealthy, while it is down). Without it, nothing: one instance works alone. Call it after
    /// the change feed is added, because it replaces the feed's local <see cref="IChangeFanOut"/>.
    /// </summary>
    public static IHostApplicationBuilder AddGovGraphRedis(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IConnectionMultiplexer>(sp =>
            Connect(connectionString, sp.GetRequiredService<IOptions<RedisOptions>>().Value));
        services.AddSingleton<RedisAvailability>();

        services.AddSingleton<RedisChangeFanOut>();
        services.RemoveAll<IChangeFanOut>();
        services.AddSingleton<IChangeFanOut>(sp => sp.GetRequiredService<RedisChangeFanOut>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisChangeFanOut>());
        services.AddHostedService<RedisCacheReset>();

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer, IOptions<RedisOptions>>((cache, connection, redis) =>
        {
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
            cache.InstanceName = redis.Value.CachePrefix;
        });
        // HybridCache finds its second tier as IDistributedCache: the Redis cache, skipped while Redis is down.
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp => new ResilientDistributedCache(
            ActivatorUtilities.CreateInstance<RedisCache>(sp),
            sp.GetRequiredService<RedisAvailability>())));

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }

    private static ConnectionMultiplexer Connect(string connectionString, RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        // Start and keep serving with Redis down: connect in the background, fail calls at once while
        // disconnected (nothing queues up behind a dead link), and retry at a steady pace.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = options.ConnectTimeoutMs;
        configuration.SyncTimeout = options.CommandTimeoutMs;
        configuration.AsyncTimeout = options.CommandTimeoutMs;
        configuration.ReconnectRetryPolicy = new LinearRetry(options.ReconnectIntervalMs);
        configuration.ClientName ??= "govgraph";
        return ConnectionMultiplexer.Connect(configuration);
    }
}
