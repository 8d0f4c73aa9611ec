using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovGraph.Api.Tests.Transport;

/// <summary>
/// Error messages go out as written on every transport: GraphQL.NET's validation messages quote names with
/// apostrophes, which must not arrive as <c>\u0027</c>.
/// </summary>
public sealed class PlainQuotesTests(TransportApi api) : IClassFixture<TransportApi>
{
    [Fact]
    public async Task OverHttpAnErrorMessageKeepsItsApostrophesPlain()
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = "{ noSuchField }" });

        AssertPlain(await response.Content.ReadAsStringAsync(), "'noSuchField'");
    }

    [Fact]
    public async Task OverServerSentEventsAnErrorMessageKeepsItsApostrophesPlain()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ noSuchField }" }) };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await api.CreateClient().SendAsync(request);

        AssertPlain(await response.Content.ReadAsStringAsync(), "'noSuchField'");
    }

    [Fact]
    public async Task OverAWebSocketAnErrorMessageKeepsItsApostrophesPlain()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(api.Factory);

        await client.SubscribeAsync("q'1", "subscription { noSuchField }");

        var text = await client.ReceiveTextAsync();
        AssertPlain(text, "'noSuchField'");
        var message = JsonNode.Parse(text)!;
        Assert.Equal(("error", "q'1"), (message["type"]!.GetValue<string>(), message["id"]!.GetValue<string>()));
        Assert.Contains("\"id\":\"q'1\"", text, StringComparison.Ordinal);
    }

    private static void AssertPlain(string body, string quoted)
    {
        Assert.Contains(quoted, body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        // Still JSON that a client parses: the HTTP body, the WebSocket message, or the SSE event's data line.
        var json = body.StartsWith('{') ? body : body.Split('\n').Single(l => l.StartsWith("data: {", StringComparison.Ordinal))["data: ".Length..];
        Assert.Contains(quoted, JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }
}
