using System.Net;
using static GovGraph.Api.Tests.Transport.GraphQLHttpRequestTests;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

/// <summary>
/// JSON or an event stream, by the client's q-values and order: the real clients' default Accept headers, verbatim.
/// </summary>
public sealed class EventStreamNegotiationTests(TransportApi api) : IClassFixture<TransportApi>
{
    // tests/conformance/node_modules/@urql/core/dist/urql-core-chunk.mjs (@urql/core 6.0.3, makeFetchOptions):
    // queries and mutations, then subscriptions.
    private const string UrqlAccept = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
    private const string UrqlSubscriptionAccept = "text/event-stream, multipart/mixed";

    // tests/conformance/node_modules/@apollo/client/link/http/selectHttpOptionsAndBody.js (@apollo/client 4.3.8,
    // defaultHeaders.accept).
    private const string ApolloAccept = "application/graphql-response+json,application/json;q=0.9";

    // tests/conformance/node_modules/graphql-sse/lib/client.mjs (graphql-sse 2.6.1, distinct connections mode).
    private const string GraphQLSseAccept = "text/event-stream";

    private const string EventStream = "text/event-stream";

    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData(UrqlAccept, GraphQLResponseJson)]
    [InlineData(ApolloAccept, GraphQLResponseJson)]
    [InlineData("application/json, text/event-stream", Json)]
    [InlineData("text/event-stream;q=0.5, application/json", Json)]
    [InlineData("text/event-stream, application/json;q=1", EventStream)]
    [InlineData("text/event-stream;q=0.9, application/json;q=0.5", EventStream)]
    [InlineData("application/json;q=0.5, text/event-stream;q=0.5", Json)]
    [InlineData("*/*, text/event-stream", EventStream)]
    [InlineData("text/event-stream, */*", EventStream)]
    [InlineData("text/event-stream;q=0, application/json", Json)]
    [InlineData("text/*, application/json", Json)]
    [InlineData(GraphQLSseAccept, EventStream)]
    public async Task AQueryIsAnsweredInTheMediaTypeTheClientPrefers(string accept, string expected)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"__typename\":\"Query\"", body);
    }

    [Theory]
    [InlineData(UrqlAccept)]
    [InlineData(ApolloAccept)]
    public async Task AMutationFromUrqlOrApolloGetsJson(string accept)
    {
        using var response = await _client.SendAsync(Post(
            """{"query":"mutation { createPerson(input: { name: \"流\" }) { person { id } errors { code } } }"}""", accept));

        var root = await DataAsync(response, GraphQLResponseJson);
        Assert.Equal(0, root.GetProperty("data").GetProperty("createPerson").GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task AGetQueryFromUrqlGetsJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.TryAddWithoutValidation("Accept", UrqlAccept);

        using var response = await _client.SendAsync(request);

        await DataAsync(response, GraphQLResponseJson);
    }

    [Theory]
    [InlineData(UrqlSubscriptionAccept)]
    [InlineData(UrqlAccept)]
    [InlineData("application/json, text/event-stream;q=0.1")]
    public async Task ASubscriptionStreamsToAClientThatAcceptsAnEventStreamAtAll(string accept)
    {
        // A bad cursor ends the stream at once, after one event with the error.
        using var response = await _client.SendAsync(Post("""{"query":"subscription { changes(after: \"x\") { cursor } }"}""", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("event: next\ndata: {\"errors\":", body.Replace(":\n\n", ""));
        Assert.Contains("INVALID_CURSOR", body);
        Assert.EndsWith("event: complete\n\n", body);
    }

    [Theory]
    [InlineData(ApolloAccept)]
    [InlineData("application/json, text/*")]
    [InlineData("application/json, text/event-stream;q=0")]
    public async Task ASubscriptionFromAClientThatAcceptsNoEventStreamNeedsAStream(string accept)
    {
        using var response = await _client.SendAsync(Post("""{"query":"subscription { changes { cursor } }"}""", accept));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest,
            accept == ApolloAccept ? GraphQLResponseJson : Json, "SUBSCRIPTION_NEEDS_STREAM");
    }
}
