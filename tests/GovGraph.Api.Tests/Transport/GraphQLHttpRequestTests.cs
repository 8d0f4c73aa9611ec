using System.Net;
using System.Net.Http.Json;
using System.Text;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

public sealed class GraphQLHttpRequestTests(TransportApi api) : IClassFixture<TransportApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task PostWithAJsonBodyAnswersTheQuery()
    {
        var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ __typename stats { villages } }" });

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(0, body.GetProperty("data").GetProperty("stats").GetProperty("villages").GetInt32());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task PostWithCharsetUtf8AndNullOptionalParametersIsAccepted()
    {
        var content = new StringContent(
            """{"query":"query Q { __typename }","operationName":"Q","variables":null,"extensions":null}""",
            Encoding.UTF8, "application/json");
        Assert.Equal("utf-8", content.Headers.ContentType?.CharSet);

        var response = await _client.PostAsync("/graphql", content);

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task PostWithVariablesAndExtensionsObjectsIsAccepted()
    {
        var response = await _client.PostAsJsonAsync("/graphql", new
        {
            query = "query Type($name: String!) { __type(name: $name) { name } }",
            variables = new { name = "Query" },
            extensions = new { persistedQuery = new { version = 1 } },
        });

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetWithAQueryStringAnswersTheQuery()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task GetWithJsonEncodedVariablesAnswersTheQuery()
    {
        var query = Uri.EscapeDataString("query Type($name: String!) { __type(name: $name) { name } }");
        var variables = Uri.EscapeDataString("""{"name":"Query"}""");

        var response = await _client.GetAsync($"/graphql?query={query}&variables={variables}");

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task MutationOverGetIsRefusedWith405AndAllowPost()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);

        var response = await _client.SendAsync(request);

        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        await ErrorAsync(_client, response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task GetRunsTheSelectedQueryEvenWhenTheDocumentAlsoHoldsAMutation()
    {
        var document = Uri.EscapeDataString("query Read { __typename } mutation Write { __typename }");

        var response = await _client.GetAsync($"/graphql?query={document}&operationName=Read");

        var body = await DataAsync(response, Json);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task GetSelectingTheMutationOfAMixedDocumentIsRefusedWith405()
    {
        var document = Uri.EscapeDataString("query Read { __typename } mutation Write { __typename }");

        var response = await _client.GetAsync($"/graphql?query={document}&operationName=Write");

        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        await ErrorAsync(_client, response, HttpStatusCode.MethodNotAllowed, Json, "METHOD_NOT_ALLOWED");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task MethodsOtherThanGetAndPostAreRefusedWith405(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ __typename }" }),
        };

        var response = await _client.SendAsync(request);

        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()).Order());
        await ErrorAsync(_client, response, HttpStatusCode.MethodNotAllowed, Json, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task DocumentValidationFailureIs400WithGraphQLResponseJsonAndHasNoData()
    {
        var request = Post("""{"query":"{ noSuchField }"}""", accept: GraphQLResponseJson);

        var response = await _client.SendAsync(request);

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "FIELDS_ON_CORRECT_TYPE");
    }

    [Fact]
    public async Task DocumentValidationFailureIs200WithApplicationJson()
    {
        var response = await _client.SendAsync(Post("""{"query":"{ noSuchField }"}""", accept: Json));

        await ErrorAsync(_client, response, HttpStatusCode.OK, Json, "FIELDS_ON_CORRECT_TYPE");
    }

    [Fact]
    public async Task DocumentParseFailureIs400WithGraphQLResponseJsonAnd200WithApplicationJson()
    {
        var strict = await _client.SendAsync(Post("""{"query":"{"}""", accept: GraphQLResponseJson));
        await ErrorAsync(_client, strict, HttpStatusCode.BadRequest, GraphQLResponseJson, "SYNTAX_ERROR");

        var legacy = await _client.SendAsync(Post("""{"query":"{"}""", accept: Json));
        await ErrorAsync(_client, legacy, HttpStatusCode.OK, Json, "SYNTAX_ERROR");
    }

    internal static HttpRequestMessage Post(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
