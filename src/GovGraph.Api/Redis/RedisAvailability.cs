using StackExchange.Redis;

namespace GovGraph.Api.Redis;

/// <summary>
/// Whether Redis is reachable right now. Logs each transition once (down, then up again), so an outage costs
/// two log lines, not one per request; the cache and the fan-out ask it to skip Redis while it is down instead
/// of failing each call.
/// </summary>
public sealed class RedisAvailability
{
    private readonly IConnectionMultiplexer _connection;
    private readonly ILogger<RedisAvailability> _logger;
    private readonly Lock _gate = new();
    private bool _up = true;

    public RedisAvailability(IConnectionMultiplexer connection, ILogger<RedisAvailability> logger)
    {
        _connection = connection;
        _logger = logger;
        // The events only make the log prompt: a restore event can come before the multiplexer counts itself
        // connected, so the state is read from the multiplexer whenever it is asked for.
        connection.ConnectionFailed += (_, e) => Observe(e.Exception);
        connection.ConnectionRestored += (_, _) => Observe(null);
        Observe(null);
    }

    /// <summary>True while the multiplexer holds a working connection.</summary>
    public bool IsUp => Observe(null);

    private bool Observe(Exception? failure)
    {
        var up = _connection.IsConnected;
        lock (_gate)
        {
            if (up == _up)
            {
                return up;
            }

            _up = up;
        }

        if (up)
        {
            _logger.LogInformation("Redis is reachable again: the cache's distributed tier and the fan-out resume");
        }
        else
        {
            _logger.LogWarning(
                failure,
                "Redis is unreachable: analytics fall back to the in-memory cache and other instances catch up from the change log");
        }

        return up;
    }
}
