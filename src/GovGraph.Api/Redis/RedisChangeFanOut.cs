using System.Collections.Concurrent;
using System.Text.Json;
using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GovGraph.Api.Redis;

/// <summary>
/// Carries committed events between API instances over Redis pub/sub: publishes this instance's commits and hands
/// other instances' commits to the local <see cref="IChangeHub"/>. Pub/sub keeps nothing, so it is only the fast
/// path: the hub fills anything missed (an outage, a dropped message) from the change log.
/// </summary>
public sealed class RedisChangeFanOut(
    IConnectionMultiplexer connection,
    RedisAvailability availability,
    IChangeHub hub,
    IOptions<RedisOptions> options,
    ILogger<RedisChangeFanOut> logger) : IChangeFanOut, IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.Channel);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _probes = new(StringComparer.Ordinal);
    private int _subscribed;

    /// <summary>Tells this instance's messages from the others' on the shared channel.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Publishes the events. While Redis is known to be down it returns at once without error: the outage is
    /// logged once by <see cref="RedisAvailability"/>, and other instances read these events from the change log.
    /// </summary>
    public async Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct)
    {
        if (events.Count == 0 || !availability.IsUp)
        {
            return;
        }

        await connection.GetSubscriber().PublishAsync(_channel, Encode(InstanceId, events)).WaitAsync(ct);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        connection.ConnectionRestored += OnRestored;
        await SubscribeAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        connection.ConnectionRestored -= OnRestored;
        if (Interlocked.Exchange(ref _subscribed, 0) == 1 && connection.IsConnected)
        {
            try
            {
                await connection.GetSubscriber().UnsubscribeAsync(_channel, Handler).WaitAsync(cancellationToken);
            }
            // NOTE: at shutdown the multiplexer may already be disposed (ObjectDisposedException); there is nothing
            // left to unsubscribe from then.
            catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
            {
                logger.LogDebug(ex, "Could not unsubscribe from {Channel} while stopping", _channel);
            }
        }
    }

    /// <summary>
    /// The JSON message: the sending instance and its events in cursor order; a <paramref name="probe"/> (with no
    /// events) is a message an instance sends itself to learn that its subscription is live.
    /// </summary>
    public static byte[] Encode(string instanceId, IReadOnlyList<ChangeEvent> events, string? probe = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("instance", instanceId);
            if (probe is not null)
            {
                writer.WriteString("probe", probe);
            }

            writer.WriteStartArray("events");
            foreach (var change in events)
            {
                ChangeEventJson.Write(writer, change);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    // One delegate for the instance's lifetime, so unsubscribing removes exactly the handler that subscribed.
    private Action<RedisChannel, RedisValue> Handler => field ??= OnMessage;

    private void OnMessage(RedisChannel channel, RedisValue message)
    {
        try
        {
            using var json = JsonDocument.Parse((ReadOnlyMemory<byte>)message);
            if (json.RootElement.GetProperty("instance").GetString() == InstanceId)
            {
                if (json.RootElement.TryGetProperty("probe", out var probe) && _probes.TryGetValue(probe.GetString() ?? "", out var echo))
                {
                    echo.TrySetResult();
                }

                return;
            }

            var events = json.RootElement.GetProperty("events").EnumerateArray().Select(ChangeEventJson.Read).ToList();
            if (events.Count > 0)
            {
                hub.Accept(events);
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A message we cannot read is dropped: the hub's poll of the change log still brings its events.
            logger.LogWarning(ex, "Dropped an unreadable message on {Channel}", channel);
        }
    }

    private async Task SubscribeAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        try
        {
            await connection.GetSubscriber().SubscribeAsync(_channel, Handler);
            Interlocked.Exchange(ref _subscribed, 1);
        }
        catch (RedisException ex)
        {
            // Redis down at start: serve alone; OnRestored subscribes when it comes back.
            logger.LogDebug(ex, "Could not subscribe to {Channel} yet", _channel);
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e) => _ = RejoinAsync();

    /// <summary>
    /// After a reconnect: pub/sub kept nothing while the link was down, and misses messages until Redis has the
    /// subscription again. Once this instance's own probe comes back, every later commit arrives here; the hub
    /// then reads everything before it from the change log.
    /// </summary>
    private async Task RejoinAsync()
    {
        await SubscribeAsync();
        for (var attempt = 0; attempt < 40 && !await ProbeAsync(); attempt++)
        {
        }

        hub.Wake();
    }

    private async Task<bool> ProbeAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        var echo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _probes[id] = echo;
        try
        {
            await connection.GetSubscriber().PublishAsync(_channel, Encode(InstanceId, [], id));
            return await Task.WhenAny(echo.Task, Task.Delay(250)) == echo.Task;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            await Task.Delay(250);
            return false;
        }
        finally
        {
            _probes.TryRemove(id, out _);
        }
    }
}
