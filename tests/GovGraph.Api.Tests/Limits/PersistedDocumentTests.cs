using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Transport;

namespace GovGraph.Api.Tests.Limits;

/// <summary>Persisted documents by <c>documentId</c> and by Apollo's hash, over every transport, beside raw text.</summary>
public sealed class PersistedDocumentTests(PersistedDocumentsOpenFactory factory) : IClassFixture<PersistedDocumentsOpenFactory>
{
    private static readonly string StatsId = Persisted.Id(Persisted.StatsQuery);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task APostWithDocumentIdRunsThePersistedDocument()
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = StatsId }));

        response.AssertNoErrors();
        Assert.Equal(0, response.Data["stats"]!["villages"]!.GetValue<int>());
    }

    [Fact]
    public async Task AGetWithDocumentIdRunsThePersistedDocument()
    {
        var response = await _client.GetGraphQLAsync("documentId=" + Uri.EscapeDataString(StatsId) + "&operationName=Stats");

        response.AssertNoErrors();
        Assert.Equal(0, response.Data["stats"]!["villages"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnApolloPersistedQueryHashRunsThePersistedDocumentOverPostAndGet()
    {
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Persisted.Hash(Persisted.StatsQuery) } });

        var posted = await _client.PostJsonAsync($$"""{"extensions":{{extensions}}}""");
        var got = await _client.GetGraphQLAsync("extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal(0, posted.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
        Assert.Equal(0, got.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:NOT-HEX")]
    [InlineData("md5:abc")]
    [InlineData("stats")]
    public async Task AnUnknownOrMalformedDocumentIdIsPersistedDocumentNotFound(string documentId)
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId }));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task QueryTextAndADocumentIdTogetherAreAnInvalidParameter()
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query = "{ __typename }", documentId = StatsId }));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["INVALID_PARAMETER"], response.ErrorCodes);
    }

    [Fact]
    public async Task ADocumentIdThatIsNotAStringIsAnInvalidParameter()
    {
        var response = await _client.PostJsonAsync("""{"documentId":42}""");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["INVALID_PARAMETER"], response.ErrorCodes);
    }

    [Fact]
    public async Task AnApolloHashBesideOtherQueryTextIsRefusedAndNeitherRuns()
    {
        // A hash never stands in for text it came with, nor lets other text pass as a persisted document.
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Persisted.Hash(Persisted.StatsQuery) } });

        var response = await _client.PostJsonAsync($$"""{"query":"{ __typename }","extensions":{{extensions}}}""");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], response.ErrorCodes);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task APersistedMutationOverGetIs405AndOverPostRuns()
    {
        var id = Persisted.Id(Persisted.CreatePerson);

        using var get = await _client.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(id));
        var posted = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = id }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Empty(posted.AssertNoErrors().Data["createPerson"]!["errors"]!.AsArray());
        Assert.NotNull(posted.Data["createPerson"]!["person"]!["id"]);
    }

    [Fact]
    public async Task APersistedSubscriptionOverPlainPostNeedsAStream()
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = Persisted.Id(Persisted.Changes) }));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["SUBSCRIPTION_NEEDS_STREAM"], response.ErrorCodes);
    }

    [Fact]
    public async Task AWebSocketSubscribeWithDocumentIdRunsThePersistedDocument()
    {
        await using var ws = await WsTestClient.ConnectAndInitAsync(factory);

        await ws.SendAsync(JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { documentId = StatsId } }));

        var next = await ws.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(0, next["payload"]!["data"]!["stats"]!["villages"]!.GetValue<int>());
        Assert.Equal("complete", (await ws.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AServerSentEventsRequestWithDocumentIdRunsThePersistedDocument()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + Uri.EscapeDataString(StatsId));
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("event: next\ndata: {\"data\":{\"stats\":{\"villages\":0}}}\n\nevent: complete\n\n", text);
    }

    [Fact]
    public async Task RawQueryTextStillRunsWhenAllowOnlyIsOff()
    {
        (await _client.PostAsync("{ __typename }")).AssertNoErrors();
    }

    [Fact]
    public async Task ACallerWithAnAllowListRunsItsDocumentsOnly()
    {
        var caller = new[] { ("X-Test-Caller", "app"), ("X-Test-Documents", StatsId) };

        var allowed = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = StatsId }), caller);
        var other = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = Persisted.Id(Persisted.CreatePerson) }), caller);
        var raw = await _client.PostJsonAsync("""{"query":"{ stats { villages } }"}""", caller);

        allowed.AssertNoErrors();
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_ALLOWED"], other.ErrorCodes);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], raw.ErrorCodes);
        Assert.Null(raw.Body["data"]);
    }

    [Fact]
    public async Task ACallerWithAnAllowListIsHeldToItOverTheWebSocketToo()
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = r => { r.Headers["X-Test-Caller"] = "app"; r.Headers["X-Test-Documents"] = StatsId; };
        using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await Send(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await Receive(socket))["type"]!.GetValue<string>());

        await Send(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");

        var error = await Receive(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void AFileIdIsTheSha256OfItsBytes()
    {
        Assert.Equal(Persisted.Id(Persisted.StatsQuery),
            Api.Limits.PersistedDocuments.PersistedDocumentId.Of(System.Text.Encoding.UTF8.GetBytes(Persisted.StatsQuery)));
        Assert.Matches("^sha256:[0-9a-f]{64}$", StatsId);
    }

    internal static Task Send(System.Net.WebSockets.WebSocket socket, string text) =>
        socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);

    internal static async Task<JsonObject> Receive(System.Net.WebSockets.WebSocket socket)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, guard.Token);
        Assert.True(result.EndOfMessage && result.MessageType == System.Net.WebSockets.WebSocketMessageType.Text);
        return JsonNode.Parse(buffer.AsSpan(0, result.Count))!.AsObject();
    }
}
