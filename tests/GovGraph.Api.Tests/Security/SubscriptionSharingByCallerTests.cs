using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// A shared subscription execution is shared only between callers with the same role, scope and personal-data
/// claim: an answer masked for one, or cut to one's scope, must never reach another.
/// </summary>
public sealed class SubscriptionSharingByCallerTests : IAsyncLifetime
{
    private const string Live = "subscription { changes { cursor type nodeId } }";

    private readonly FeedApi _api = new(SecuredSettings.Hs256());
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
    public async Task CallersThatDifferInRoleScopeOrPersonalDataNeverShareAnExecution()
    {
        // One name for all, so only role, scope and pii tell them apart; the first two are the same caller.
        string[] tokens =
        [
            Tokens.Create("analyst", pii: true, name: "same-person"),
            Tokens.Create("analyst", pii: true, name: "same-person"),
            Tokens.Create("analyst", pii: false, name: "same-person"),
            Tokens.Create("analyst", scope: City, pii: true, name: "same-person"),
            Tokens.Create("viewer", pii: true, name: "same-person"),
        ];
        var clients = new List<WsTestClient>();
        foreach (var token in tokens)
        {
            var client = await WsTestClient.ConnectAndInitAsync(_api, new Dictionary<string, string> { ["Authorization"] = "Bearer " + token });
            await client.SubscribeAsync("feed", Live);
            clients.Add(client);
        }

        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == tokens.Length, TimeSpan.FromSeconds(10));

        var events = await _api.AddHouseholdAsync(EastGroup);

        foreach (var client in clients)
        {
            foreach (var _ in events)
            {
                Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());
            }
        }

        Assert.Equal(events.Count * 4, _counters!.Executed);
        Assert.Equal(events.Count, _counters.Shared);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
