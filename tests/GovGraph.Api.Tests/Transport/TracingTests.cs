using System.Net;
using System.Text.Json;
using static GovGraph.Api.Tests.Transport.GraphQLHttpRequestTests;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

public sealed class TracingTests(TransportApi api) : IClassFixture<TransportApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheTraceHeaderAddsStoreCallsAndElapsedMsToExtensions()
    {
        var request = Post("""{"query":"{ __typename }"}""");
        request.Headers.Add("X-GovGraph-Trace", "1");

        var body = await DataAsync(await _client.SendAsync(request), Json);

        var extensions = body.GetProperty("extensions");
        Assert.Equal(0, extensions.GetProperty("storeCalls").GetInt32());
        Assert.Equal(JsonValueKind.Number, extensions.GetProperty("elapsedMs").ValueKind);
        Assert.True(extensions.GetProperty("elapsedMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task TheTraceHeaderAlsoTracesRefusedRequests()
    {
        var request = Post("""{"query":1}""");
        request.Headers.Add("X-GovGraph-Trace", "1");

        var body = await ErrorAsync(_client, await _client.SendAsync(request), HttpStatusCode.BadRequest, Json, "INVALID_PARAMETER");

        Assert.True(body.GetProperty("extensions").TryGetProperty("storeCalls", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("yes")]
    public async Task WithoutTheTraceHeaderThereAreNoTraceExtensions(string? header)
    {
        var request = Post("""{"query":"{ __typename }"}""");
        if (header is not null)
        {
            request.Headers.Add("X-GovGraph-Trace", header);
        }

        var body = await DataAsync(await _client.SendAsync(request), Json);

        Assert.False(body.TryGetProperty("extensions", out _));
    }
}
