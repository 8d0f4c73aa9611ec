using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Tests.Changes;
using static GovGraph.Api.Tests.Changes.FeedApi;

namespace GovGraph.Api.Tests.Transport;

/// <summary>graphql-sse (distinct connections mode) at /graphql: framing, validation errors, streaming, keep-alive.</summary>
public sealed class ServerSentEventsTransportTests : IAsyncLifetime
{
    private readonly FeedApi _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _api.StartAsync();
        _client = _api.CreateClient();
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AQueryOverPostIsOneNextEventThenComplete()
    {
        using var response = await _client.SendAsync(Post(new { query = "query($id: ID!) { node(id: $id) { id } }", variables = new { id = EastVillage } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var body = WithoutKeepAlives(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"node\":{\"id\":\"village:east\"}}}\n\nevent: complete\n\n",
            body);
    }

    [Fact]
    public async Task AQueryOverGetWorksTheSame()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await _client.SendAsync(request);

        Assert.Equal("event: next\ndata: {\"data\":{\"__typename\":\"Query\"}}\n\nevent: complete\n\n",
            WithoutKeepAlives(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ValidationErrorsComeInANextEventOfAnAcceptedStream()
    {
        using var response = await _client.SendAsync(Post(new { query = "{ noSuchField }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.NotEmpty(events[0].Data!["errors"]!.AsArray());
        Assert.Null(events[0].Data!["data"]);
    }

    [Fact]
    public async Task ABadAfterCursorComesBackAsAnErrorWithItsCode()
    {
        using var response = await _client.SendAsync(Post(new { query = "subscription { changes(after: \"x\") { cursor } }" }));

        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("INVALID_CURSOR", events[0].Data!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARequestThatCannotBeReadIsRefusedAsOverPlainHttp()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{not json", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("INVALID_JSON", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriptionStreamsChangesAsNextEventsWithKeepAlivesWhileIdle()
    {
        using var request = Post(new { query = "subscription($under: ID) { changes(under: $under) { cursor type } }", variables = new { under = WestVillage } });
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        // Idle: a keep-alive comment comes first (the interval is 200 ms here).
        Assert.Equal(":", await ReadLineAsync(reader));
        await _api.AddHouseholdAsync(EastGroup);
        var west = await _api.AddHouseholdAsync(WestGroup);

        var received = new List<string>();
        while (received.Count < 2)
        {
            var line = await ReadLineAsync(reader);
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                received.Add(JsonNode.Parse(line[6..])!["data"]!["changes"]!["cursor"]!.GetValue<string>());
            }
        }

        Assert.Equal(west.Select(e => ChangeCursor.Format(e.Cursor)), received);
    }

    [Fact]
    public async Task AReaderThatFallsFarBehindLosesNothingAndSeesNothingTwice()
    {
        var from = await _api.LatestAsync();
        using var request = Post(new { query = "subscription { changes { cursor type nodeId label actor commitId at after } }" });
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        // Nobody reads while far more than the subscriber buffer (5), the delivery window (32) and the
        // response pipe's buffer hold is committed.
        const int Households = 250;
        for (var i = 0; i < Households; i++)
        {
            await _api.AddHouseholdAsync(i % 2 == 0 ? EastGroup : WestGroup);
        }

        var cursors = new List<long>();
        while (cursors.Count < Households * 2)
        {
            var line = await ReadLineAsync(reader);
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                cursors.Add(long.Parse(JsonNode.Parse(line[6..])!["data"]!["changes"]!["cursor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(Enumerable.Range(1, Households * 2).Select(i => from + i), cursors);
    }

    [Fact]
    public async Task ClosingTheStreamEndsTheSubscription()
    {
        var response = await _client.SendAsync(Post(new { query = "subscription { changes { cursor } }" }), HttpCompletionOption.ResponseHeadersRead);
        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 1);

        response.Dispose();

        await FeedReading.UntilAsync(() => _api.Hub.SubscriberCount == 0);
    }

    private static HttpRequestMessage Post(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }

    private static List<(string Event, JsonNode? Data)> ParseEvents(string body)
    {
        var events = new List<(string, JsonNode?)>();
        foreach (var block in WithoutKeepAlives(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var name = lines.Single(l => l.StartsWith("event: ", StringComparison.Ordinal))[7..];
            var data = lines.SingleOrDefault(l => l.StartsWith("data: ", StringComparison.Ordinal));
            events.Add((name, data is null ? null : JsonNode.Parse(data[6..])));
        }

        return events;
    }

    /// <summary>The body without keep-alive comments, which may come at any time (a cold first request can be slow).</summary>
    private static string WithoutKeepAlives(string body)
    {
        while (body.StartsWith(":\n\n", StringComparison.Ordinal))
        {
            body = body[3..];
        }

        return body.Replace("\n\n:\n\n", "\n\n", StringComparison.Ordinal);
    }

    private static async Task<string> ReadLineAsync(StreamReader reader)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var line = await reader.ReadLineAsync(guard.Token) ?? throw new InvalidOperationException("The stream ended.");
            if (line.Length > 0)
            {
                return line;
            }
        }
    }
}
