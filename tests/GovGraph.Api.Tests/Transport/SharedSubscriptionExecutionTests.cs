using System.Diagnostics.Metrics;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Schema;
using GovGraph.Api.Tests.Changes;
using Microsoft.Extensions.DependencyInjection;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Transport;

/// <summary>Subscribers that ask the same thing share one execution per event; different requests never do.</summary>
public sealed class SharedSubscriptionExecutionTests : IAsyncLifetime
{
    private const string Live = "subscription { changes { cursor type nodeId } }";
    private const string Under = "subscription($under: ID) { changes(under: $under) { cursor type } }";

    private readonly FeedApi _api = new();
    private MeterListener? _listener;
    private long _executed;
    private long _shared;

    public async Task InitializeAsync()
    {
        await _api.StartAsync();

        // Only this host's meter: other tests' hosts run subscriptions in parallel.
        var factory = _api.Services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ScopedSubscriptionExecutionStrategy.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name.EndsWith(".executed", StringComparison.Ordinal))
            {
                Interlocked.Add(ref _executed, value);
            }
            else
            {
                Interlocked.Add(ref _shared, value);
            }
        });
        _listener.Start();
    }

    public Task DisposeAsync()
    {
        _listener?.Dispose();
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SubscribersAskingTheSameThingShareOneExecutionPerEvent()
    {
        var clients = new List<WsTestClient>();
        for (var i = 0; i < 5; i++)
        {
            var client = await WsTestClient.ConnectAndInitAsync(_api);
            await client.SubscribeAsync("feed", Live);
            clients.Add(client);
        }

        // A sixth asks for something else (a filtered stream): it executes on its own.
        var other = await WsTestClient.ConnectAndInitAsync(_api);
        await other.SubscribeAsync("feed", Under, new { under = EastGroup });
        clients.Add(other);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 6, TimeSpan.FromSeconds(10));

        var events = await _api.AddHouseholdAsync(EastGroup);

        var payloads = new List<string>();
        foreach (var client in clients.Take(5))
        {
            var received = new List<string>();
            foreach (var _ in events)
            {
                received.Add((await client.ReceiveAsync())["payload"]!.ToJsonString());
            }

            payloads.Add(string.Join('\n', received));
        }

        foreach (var _ in events)
        {
            Assert.Equal("next", (await other.ReceiveAsync())["type"]!.GetValue<string>());
        }

        Assert.Single(payloads.Distinct());
        Assert.Contains(ChangeCursor.Format(events[0].Cursor), payloads[0], StringComparison.Ordinal);
        Assert.Equal(events.Count * 2, Interlocked.Read(ref _executed));
        Assert.Equal(events.Count * 4, Interlocked.Read(ref _shared));

        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
