using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Changes;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Transport;

/// <summary>Subscribers that ask the same thing share one execution per event; different requests never do.</summary>
public sealed class SharedSubscriptionExecutionTests : IAsyncLifetime
{
    private const string Live = "subscription { changes { cursor type nodeId } }";
    private const string Under = "subscription($under: ID) { changes(under: $under) { cursor type } }";

    private readonly FeedApi _api = new();
    private SubscriptionCounters? _counters;

    public async Task InitializeAsync()
    {
        await _api.StartAsync();
        _counters = new SubscriptionCounters(_api.Services);
    }

    public Task DisposeAsync()
    {
        _counters?.Dispose();
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
        Assert.Equal(events.Count * 2, _counters!.Executed);
        Assert.Equal(events.Count * 4, _counters.Shared);

        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
