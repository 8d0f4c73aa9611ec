using System.Net;
using static GovGraph.Api.Tests.Transport.GraphQLHttpRequestTests;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

public sealed class MediaTypeNegotiationTests(TransportApi api) : IClassFixture<TransportApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/graphql-response+json;q=0.5, */*", Json)]
    [InlineData("text/html, */*;q=0.8", Json)]
    [InlineData("application/json, multipart/mixed", Json)]
    public async Task EachAcceptHeaderGetsItsMediaType(string? accept, string expected)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        await DataAsync(response, expected);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0, text/plain")]
    public async Task AnAcceptThatAllowsNeitherJsonTypeIsRefusedWith406(string accept)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        await ErrorAsync(_client, response, HttpStatusCode.NotAcceptable, Json, "NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task AGetThatAcceptsOnlyJsonGetsJsonNotTheIde()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.TryAddWithoutValidation("Accept", "*/*");

        var response = await _client.SendAsync(request);

        await DataAsync(response, Json);
    }
}
