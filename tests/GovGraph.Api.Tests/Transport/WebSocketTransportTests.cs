using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Changes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Transport;

/// <summary>graphql-transport-ws at /graphql: the handshake, every close code, ping/pong and operations.</summary>
public sealed class WebSocketTransportTests : IAsyncLifetime
{
    private const string ChangesSubscription = "subscription($after: String, $under: ID) { changes(after: $after, under: $under) { cursor type nodeId } }";

    private readonly FeedApi _api = new();

    public async Task InitializeAsync() => await _api.StartAsync();

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("graphql-ws")]
    [InlineData(null)]
    public async Task AClientWithoutTheSubprotocolIsClosedWith4406(string? subProtocol)
    {
        await using var client = await WsTestClient.ConnectAsync(_api, subProtocol);

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task TheSubprotocolIsAcceptedByName()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task NoConnectionInitWithinTheTimeoutClosesWith4408()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task ASecondConnectionInitClosesWith4429()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SendAsync("""{"type":"connection_init","payload":{}}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task SubscribeBeforeTheAcknowledgementClosesWith4401()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        await client.SubscribeAsync("1", "{ __typename }");

        Assert.Equal((4401, "Unauthorized"), await client.ExpectCloseAsync());
    }

    [Fact]
    public async Task ASecondOperationWithARunningIdClosesWith4409()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        await client.SubscribeAsync("feed", ChangesSubscription);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        await client.SubscribeAsync("feed", ChangesSubscription);

        Assert.Equal((4409, "Subscriber for feed already exists"), await client.ExpectCloseAsync());
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 0);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["connection_init"]""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":42}}""")]
    [InlineData("""{"id":"","type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task AnInvalidMessageClosesWith4400(string message)
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SendAsync(message);

        var (code, reason) = await client.ExpectCloseAsync();
        Assert.Equal(4400, code);
        Assert.StartsWith("Invalid message received", reason);
    }

    [Fact]
    public async Task APingIsAnsweredWithAPongAndAPongIsIgnored()
    {
        await using var client = await WsTestClient.ConnectAsync(_api);

        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping","payload":{"at":1}}""");

        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQueryGivesOneNextThenComplete()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SubscribeAsync("q", "query($id: ID!) { node(id: $id) { id } }", new { id = EastVillage });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("q", next["id"]!.GetValue<string>());
        Assert.Equal(EastVillage, next["payload"]!["data"]!["node"]!["id"]!.GetValue<string>());
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("q", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachOperationOnAConnectionReadsFreshData()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        const string Query = "query($id: ID!) { node(id: $id) { ... on Village { name } } }";

        await client.SubscribeAsync("1", Query, new { id = EastVillage });
        var before = (await client.ReceiveAsync())["payload"]!["data"]!["node"]!["name"]!.GetValue<string>();
        await client.ReceiveAsync();
        await _api.RenameAsync(EastVillage, "东村改名");
        await client.SubscribeAsync("2", Query, new { id = EastVillage });
        var after = (await client.ReceiveAsync())["payload"]!["data"]!["node"]!["name"]!.GetValue<string>();

        Assert.Equal(("东村", "东村改名"), (before, after));
    }

    [Fact]
    public async Task EachEventOfASubscriptionShowsTheNodeAsItIsThen()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        await client.SubscribeAsync("feed", "subscription($under: ID) { changes(under: $under, types: [NODE_UPDATED]) { node { ... on Village { name } } } }",
            new { under = EastVillage });
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        await _api.RenameAsync(EastVillage, "一改");
        var first = (await client.ReceiveAsync())["payload"]!["data"]!["changes"]!["node"]!["name"]!.GetValue<string>();
        await _api.RenameAsync(EastVillage, "二改");
        var second = (await client.ReceiveAsync())["payload"]!["data"]!["changes"]!["node"]!["name"]!.GetValue<string>();

        Assert.Equal(("一改", "二改"), (first, second));
    }

    [Fact]
    public async Task ARequestThatFailsValidationGetsOneErrorMessage()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SubscribeAsync("bad", "{ noSuchField }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        Assert.NotEmpty(error["payload"]!.AsArray());
        // The operation is over and the connection lives on.
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriptionStreamsCommittedChangesInOrder()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        await client.SubscribeAsync("feed", ChangesSubscription);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        var events = await _api.AddHouseholdAsync(EastGroup);

        foreach (var expected in events)
        {
            var next = await client.ReceiveAsync();
            Assert.Equal("next", next["type"]!.GetValue<string>());
            Assert.Equal(ChangeCursor.Format(expected.Cursor), next["payload"]!["data"]!["changes"]!["cursor"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ASubscriptionWithAfterReplaysThenGoesLive()
    {
        var from = await _api.LatestAsync();
        var earlier = await _api.AddHouseholdAsync(EastGroup);
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SubscribeAsync("feed", ChangesSubscription, new { after = ChangeCursor.Format(from) });
        var replayed = new[] { await NextCursorAsync(client), await NextCursorAsync(client) };
        var later = await _api.LinkAsync(EastMember, EastHousehold);

        Assert.Equal(earlier.Select(e => ChangeCursor.Format(e.Cursor)), replayed);
        Assert.Equal(ChangeCursor.Format(later.Cursor), await NextCursorAsync(client));
    }

    [Fact]
    public async Task CompleteFromTheClientStopsTheStream()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        await client.SubscribeAsync("feed", ChangesSubscription);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        await client.SendAsync("""{"id":"feed","type":"complete"}""");
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 0);
        var events = await _api.AddHouseholdAsync(EastGroup);
        await FeedReading.UntilAsync(() => _api.Hub.Delivered >= events[^1].Cursor);

        // Nothing of the stream comes after the complete: the next message is the answer to this ping.
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-cursor", "INVALID_CURSOR")]
    [InlineData("9999999999999999", "INVALID_CURSOR")]
    public async Task ABadAfterComesBackAsAGraphQLErrorWithItsCode(string after, string code)
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);

        await client.SubscribeAsync("feed", ChangesSubscription, new { after });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(code, next["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal(0, _api.Hub.SubscriberCount);
    }

    [Fact]
    public async Task StoppingTheHostClosesConnectionsWith1001()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_api);
        await client.SubscribeAsync("feed", ChangesSubscription);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        _api.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Equal(1001, (await client.ExpectCloseAsync()).Code);
    }

    [Fact]
    public async Task AServerFailureOutsideGraphQLClosesWith4500()
    {
        using var api = new TransportApi(webRoot: null, services => services.AddSingleton<ISchema, UnserializableSchema>());
        await using var client = await WsTestClient.ConnectAndInitAsync(api.Factory);

        await client.SubscribeAsync("q", "{ unserializable }");

        Assert.Equal((4500, "Internal server error"), await client.ExpectCloseAsync());
    }

    private static async Task<string> NextCursorAsync(WsTestClient client)
    {
        var next = await client.ReceiveAsync();
        Assert.True(next["type"]!.GetValue<string>() == "next", next.ToJsonString());
        return next["payload"]!["data"]!["changes"]!["cursor"]!.GetValue<string>();
    }

    /// <summary>A schema whose only field resolves to a value the response serializer cannot write.</summary>
    private sealed class UnserializableSchema : GraphQL.Types.Schema
    {
        public UnserializableSchema(IServiceProvider services) : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.AddField(new FieldType
            {
                Name = "unserializable",
                ResolvedType = new AnyScalar(),
                Resolver = new GraphQL.Resolvers.FuncFieldResolver<object>(_ => new Exploding()),
            });
            Query = query;
        }
    }

    private sealed class AnyScalar : ScalarGraphType
    {
        public AnyScalar() => Name = "Any";

        public override object? ParseValue(object? value) => value;

        public override object? Serialize(object? value) => value;
    }

    private sealed class Exploding
    {
        public string Value => throw new InvalidOperationException("cannot be written");
    }
}
