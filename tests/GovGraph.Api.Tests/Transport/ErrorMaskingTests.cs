using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static GovGraph.Api.Tests.Transport.GraphQLHttpRequestTests;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

/// <summary>Runs against <see cref="FaultySchema"/>, whose resolver throws an exception holding a secret.</summary>
public sealed class ErrorMaskingTests : IDisposable
{
    private readonly TransportApi _api = new(webRoot: null, services => services.AddSingleton<ISchema, FaultySchema>());
    private readonly HttpClient _client;

    public ErrorMaskingTests() => _client = _api.CreateClient();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task AThrowingResolverIsMaskedAsInternalErrorWithoutDetails(string accept)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ boom fine }"}""", accept));

        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FaultySchema.Secret, text);
        Assert.DoesNotContain("InvalidOperation", text);
        Assert.DoesNotContain("INVALID_OPERATION", text);
        NoExceptionDetails(text);

        // Execution started, so the status is 200 with partial data in both media types.
        var body = await DataAsync(response, accept);
        Assert.Equal("fine", body.GetProperty("data").GetProperty("fine").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("boom").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.False(error.GetProperty("extensions").TryGetProperty("codes", out _));
        await StillLiveAsync(_client);
    }

    [Fact]
    public async Task VariableCoercionFailureIs400WithGraphQLResponseJson()
    {
        var response = await _client.SendAsync(Post(
            """{"query":"query Q($id: ID!) { echo(id: $id) }","variables":{"id":null}}""", GraphQLResponseJson));

        var body = await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "INVALID_VALUE");
        Assert.Single(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task VariableCoercionFailureIs200WithApplicationJson()
    {
        var response = await _client.SendAsync(Post(
            """{"query":"query Q($id: ID!) { echo(id: $id) }","variables":{"id":null}}""", Json));

        await ErrorAsync(_client, response, HttpStatusCode.OK, Json, "INVALID_VALUE");
    }

    [Fact]
    public async Task VariablesReachTheResolver()
    {
        var response = await _client.SendAsync(Post(
            """{"query":"query Q($id: ID!) { echo(id: $id) }","variables":{"id":"village-7"}}""", GraphQLResponseJson));

        var body = await DataAsync(response, GraphQLResponseJson);
        Assert.Equal("village-7", body.GetProperty("data").GetProperty("echo").GetString());
    }
}
