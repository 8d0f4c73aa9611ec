using GovGraph.Api.Tests.Changes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// graphql-transport-ws with auth on: credentials come with the upgrade or in the <c>connection_init</c> payload;
/// bad ones in the upgrade get 401, and a connection without valid ones is closed with 4403 after its init.
/// </summary>
public sealed class WebSocketAuthenticationTests : IAsyncLifetime
{
    private const string Feed = "subscription { changes { type nodeId label } }";
    private const string CreatePerson = """mutation { createPerson(input: { name: "新党员" }) { person { id } errors { code } } }""";

    private readonly FeedApi _api = new(SecuredSettings.Hs256());

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string> BadTokens =>
        ["expired", "not-yet-valid", "wrong-issuer", "wrong-audience", "wrong-key", "alg-none", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AnUpgradeWithABadTokenGets401(string kind)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WsTestClient.ConnectAsync(_api,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + BadCredentials.Token(kind) }));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpgradeWithATokenWithoutARoleGets403()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WsTestClient.ConnectAsync(_api,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + Tokens.Create(role: null) }));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionWithoutCredentialsIsClosedWith4403AfterItsInit()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        await client.InitAsync();

        Assert.Equal((4403, "Forbidden"), await client.ExpectCloseAsync());
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AConnectionWithABadTokenInItsPayloadIsClosedWith4403(string kind)
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        await client.InitAsync(new Dictionary<string, string> { ["Authorization"] = "Bearer " + BadCredentials.Token(kind) });

        Assert.Equal((4403, "Forbidden"), await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task AConnectionWithARolelessTokenInItsPayloadIsClosedWith4403()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        await client.InitAsync(new Dictionary<string, string> { ["Authorization"] = "Bearer " + Tokens.Create(role: null) });

        Assert.Equal((4403, "Forbidden"), await client.ExpectCloseAsync());
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    public async Task ATokenInThePayloadSubscribesAndReceivesAnEditorsChange(string key)
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api,
            new Dictionary<string, string> { [key] = "Bearer " + Tokens.Create("viewer", name: "watcher") });
        await client.SubscribeAsync("feed", Feed);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1, TimeSpan.FromSeconds(10));

        var created = await Editor().MutateAsync(CreatePerson);

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        var change = next["payload"]!["data"]!["changes"]!;
        Assert.Equal("NODE_CREATED", change["type"]!.GetValue<string>());
        Assert.Equal(created.AssertAccepted()["person"]!["id"]!.GetValue<string>(), change["nodeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATokenOnTheUpgradeHoldsForTheConnection()
    {
        await using var client = await WsTestClient.ConnectAsync(_api,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + Tokens.Create("analyst") });
        await client.InitAsync();
        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        await client.SubscribeAsync("q", "{ node(id: \"village:east\") { id } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("village:east", next["payload"]!["data"]!["node"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("x-api-key")]
    [InlineData("apiKey")]
    public async Task PayloadCredentialsTakeThePlaceOfTheUpgradesOnes(string key)
    {
        // A valid token on the upgrade, an unknown API key in the payload: the payload's credentials decide.
        await using var client = await WsTestClient.ConnectAsync(_api,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + Tokens.Create("admin") });

        await client.InitAsync(new Dictionary<string, string> { [key] = "gg_not-a-key-this-server-issued" });

        Assert.Equal((4403, "Forbidden"), await client.ExpectCloseAsync());
    }

    private HttpClient Editor()
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.Create("editor", name: "cadre-li"));
        return client;
    }
}
