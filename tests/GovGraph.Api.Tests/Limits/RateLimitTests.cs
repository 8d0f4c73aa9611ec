using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Limits;

/// <summary>An empty store with a rate limit of a burst of three and one request a minute per caller.</summary>
public sealed class RateLimitedFactory() : LimitsFactory("none", new Dictionary<string, string>
{
    ["RateLimit:Enabled"] = "true",
    ["RateLimit:RequestsPerMinute"] = "1",
    ["RateLimit:Burst"] = "3",
});

/// <summary>
/// Each caller has its own bucket (API key, else user, else address) across /graphql's transports and /export;
/// over it a request gets 429 with Retry-After and RATE_LIMITED. Each test calls from addresses of its own.
/// </summary>
public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    private const string Query = """{"query":"{ __typename }"}""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheRequestAfterTheBurstIs429WithRetryAfterAndRateLimited()
    {
        var caller = ("X-Test-Client-IP", "10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostJsonAsync(Query, caller)).AssertNoErrors();
        }

        using var request = Post(caller);
        using var refused = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta?.TotalSeconds >= 1, "Retry-After: " + refused.Headers.RetryAfter);
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task AnotherCallerIsUnaffected()
    {
        await SpendBurstAsync(("X-Test-Client-IP", "10.0.0.2"));

        (await _client.PostJsonAsync(Query, ("X-Test-Client-IP", "10.0.0.3"))).AssertNoErrors();
    }

    [Fact]
    public async Task HealthIsExempt()
    {
        var caller = ("X-Test-Client-IP", "10.0.0.4");
        for (var i = 0; i < 10; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            request.Headers.Add(caller.Item1, caller.Item2);
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
        }

        (await _client.PostJsonAsync(Query, caller)).AssertNoErrors();
    }

    [Fact]
    public async Task AUserIsOneCallerFromAnyAddress()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostJsonAsync(Query, ("X-Test-Caller", "analyst-a"), ("X-Test-Client-IP", $"10.0.1.{i}"))).AssertNoErrors();
        }

        Assert.Equal(429, (await _client.PostJsonAsync(Query, ("X-Test-Caller", "analyst-a"), ("X-Test-Client-IP", "10.0.1.9"))).StatusCode);
        (await _client.PostJsonAsync(Query, ("X-Test-Caller", "analyst-b"), ("X-Test-Client-IP", "10.0.1.9"))).AssertNoErrors();
    }

    [Fact]
    public async Task AnApiKeyIsOneCallerWhoeverHoldsIt()
    {
        var keys = factory.Services.GetRequiredService<GovGraph.Api.Security.ApiKeys.ApiKeyService>();
        var first = (await keys.CreateAsync("app one", "viewer", null, false, [], CancellationToken.None)).Key;
        var second = (await keys.CreateAsync("app two", "viewer", null, false, [], CancellationToken.None)).Key;
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostJsonAsync(Query, ("X-Api-Key", first), ("X-Test-Client-IP", $"10.0.2.{i}"))).AssertNoErrors();
        }

        Assert.Equal(429, (await _client.PostJsonAsync(Query, ("X-Api-Key", first), ("X-Test-Client-IP", "10.0.2.9"))).StatusCode);
        (await _client.PostJsonAsync(Query, ("X-Api-Key", second), ("X-Test-Client-IP", "10.0.2.9"))).AssertNoErrors();
    }

    [Fact]
    public async Task ExportsAndServerSentEventsSpendTheSameBucket()
    {
        var caller = ("X-Test-Client-IP", "10.0.0.5");
        using (var export = new HttpRequestMessage(HttpMethod.Get, "/export/coverage.csv"))
        {
            export.Headers.Add(caller.Item1, caller.Item2);
            using var response = await _client.SendAsync(export);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        (await _client.PostJsonAsync(Query, caller)).AssertNoErrors();
        (await _client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ __typename }"), caller)).AssertNoErrors();

        using var sse = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        sse.Headers.Accept.ParseAdd("text/event-stream");
        sse.Headers.Add(caller.Item1, caller.Item2);
        using var refused = await _client.SendAsync(sse);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        using var export2 = new HttpRequestMessage(HttpMethod.Get, "/export/coverage.csv");
        export2.Headers.Add(caller.Item1, caller.Item2);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _client.SendAsync(export2)).StatusCode);
    }

    [Fact]
    public async Task EachWebSocketSubscribeSpendsATokenAndTheOneOverTheLimitGetsAnError()
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = r => r.Headers["X-Test-Client-IP"] = "10.0.0.6";
        // The upgrade itself is the first of the three.
        using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await PersistedDocumentTests.Send(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await PersistedDocumentTests.Receive(socket))["type"]!.GetValue<string>());

        var messages = new List<JsonObject>();
        foreach (var id in new[] { "1", "2", "3" })
        {
            await PersistedDocumentTests.Send(socket, JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = "{ __typename }" } }));
            messages.Add(await PersistedDocumentTests.Receive(socket));
            if (messages[^1]["type"]!.GetValue<string>() == "next")
            {
                Assert.Equal("complete", (await PersistedDocumentTests.Receive(socket))["type"]!.GetValue<string>());
            }
        }

        Assert.Equal(["next", "next", "error"], messages.Select(m => m["type"]!.GetValue<string>()));
        Assert.Equal("3", messages[2]["id"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", messages[2]["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task SpendBurstAsync((string, string) caller)
    {
        for (var i = 0; i < 3; i++)
        {
            (await _client.PostJsonAsync(Query, caller)).AssertNoErrors();
        }

        Assert.Equal(429, (await _client.PostJsonAsync(Query, caller)).StatusCode);
    }

    private static HttpRequestMessage Post((string Name, string Value) caller)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Query, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(caller.Name, caller.Value);
        return request;
    }
}
