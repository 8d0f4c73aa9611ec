using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;
using GovGraph.Storage.Changes;

namespace GovGraph.Api.Tests.Security;

/// <summary>With auth on, the change log's actor is the authenticated caller, whatever the request claims.</summary>
public sealed class ActorTests : IAsyncLifetime
{
    private const string CreatePerson = """mutation { createPerson(input: { name: "记录人" }) { person { id } errors { code } } }""";

    private readonly FeedApi _api = new(SecuredSettings.Hs256());

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheChangeLogRecordsTheTokensNameAndIgnoresTheActorHeader()
    {
        var before = await _api.LatestAsync();
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.Create("editor", name: "cadre-li"));
        client.DefaultRequestHeaders.Add("X-GovGraph-Actor", "someone-else");

        (await client.MutateAsync(CreatePerson)).AssertAccepted();

        var events = (await _api.Store.ReadChangesAsync(new ChangeQuery(before, 10), CancellationToken.None)).Events;
        Assert.Equal("cadre-li", Assert.Single(events).Actor);
    }

    [Fact]
    public async Task AWebSocketMutationRecordsTheConnectionsCaller()
    {
        var before = await _api.LatestAsync();
        await using var client = await WsTestClient.ConnectAndInitAsync(_api,
            new Dictionary<string, string> { ["Authorization"] = "Bearer " + Tokens.Create("admin", name: "cadre-wang") });

        await client.SubscribeAsync("m", CreatePerson);
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        var events = (await _api.Store.ReadChangesAsync(new ChangeQuery(before, 10), CancellationToken.None)).Events;
        Assert.Equal("cadre-wang", Assert.Single(events).Actor);
    }
}
