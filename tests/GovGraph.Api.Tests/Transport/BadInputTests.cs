using System.Net;
using System.Text;
using static GovGraph.Api.Tests.Transport.GraphQLHttpRequestTests;
using static GovGraph.Api.Tests.Transport.GraphQLResponseAssert;

namespace GovGraph.Api.Tests.Transport;

/// <summary>Bad input always gets a 4xx with a stable code in a GraphQL-shaped body, never a 500.</summary>
public sealed class BadInputTests(TransportApi api) : IClassFixture<TransportApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task MalformedJsonIs400InvalidJsonWhateverTheAccept(string accept)
    {
        var response = await _client.SendAsync(Post("""{ "not a JSON""", accept));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, accept, "INVALID_JSON");
    }

    [Fact]
    public async Task InvalidUtf8InTheBodyIs400InvalidUtf8()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent([.. "{\"query\":\"{ __typename }\", \"x\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await _client.SendAsync(request);

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "INVALID_UTF8");
    }

    [Fact]
    public async Task InvalidUtf8InTheQueryStringIs400InvalidUtf8()
    {
        var response = await _client.GetAsync("/graphql?query=%7B%20__typename%20%7D&operationName=%C3%28");

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "INVALID_UTF8");
    }

    [Theory]
    [InlineData("""{"query":"{ __typename \ud800 }"}""")]
    [InlineData("""{"query":"{ __typename }","operationName":"\udc00"}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"name":"\ud800"}}""")]
    [InlineData("""{"query":"{ __typename }","extensions":{"\ud800":1}}""")]
    [InlineData("""{"query":"{ __typename }","\ud800":1}""")]
    public async Task AnUnpairedSurrogateEscapeIs400InvalidUtf8(string body)
    {
        var response = await _client.SendAsync(Post(body, accept: GraphQLResponseJson));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "INVALID_UTF8");
    }

    [Fact]
    public async Task AnUnpairedSurrogateEscapeInGetVariablesIs400InvalidUtf8()
    {
        var variables = Uri.EscapeDataString("""{"name":"\ud800"}""");

        var response = await _client.GetAsync("/graphql?query=%7B__typename%7D&variables=" + variables);

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "INVALID_UTF8");
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","variables":{"big":1e400,"huge":123456789012345678901234567890}}""")]
    [InlineData("""{"query":"{ __typename }","query":"{ __typename }"}""")]
    public async Task OddButValidJsonIsAnswered(string body)
    {
        var response = await _client.SendAsync(Post(body));

        await DataAsync(response, Json);
    }

    [Fact]
    public async Task JsonNestedTooDeeplyIs400InvalidJson()
    {
        var body = """{"query":"{ __typename }","extensions":{"a":""" + new string('[', 200) + new string(']', 200) + "}}";

        var response = await _client.SendAsync(Post(body));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "INVALID_JSON");
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413BodyTooLarge()
    {
        var body = """{"query":"{ __typename }","extensions":{"padding":""" + "\"" + new string('x', 2 * 1024 * 1024) + "\"}}";

        var response = await _client.SendAsync(Post(body));

        await ErrorAsync(_client, response, HttpStatusCode.RequestEntityTooLarge, Json, "BODY_TOO_LARGE");
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIs413BodyTooLarge()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"query":"{ __typename }","extensions":{"padding":""" + "\"" + new string('x', 2 * 1024 * 1024) + "\"}}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new UnknownLengthStream(bytes)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        await ErrorAsync(_client, response, HttpStatusCode.RequestEntityTooLarge, Json, "BODY_TOO_LARGE");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task AnUnsupportedContentTypeIs415(string contentType)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType: contentType));

        await ErrorAsync(_client, response, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task APostWithoutContentTypeIs415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray()),
        };

        var response = await _client.SendAsync(request);

        await ErrorAsync(_client, response, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task APostWithoutABodyIs400BodyMissing()
    {
        var response = await _client.SendAsync(Post("", accept: GraphQLResponseJson));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "BODY_MISSING");
    }

    [Theory]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":true}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":["{ __typename }"]}""")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""")]
    [InlineData("""{"query":"{ __typename }","operationName":["Q"]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","variables":[]}""")]
    [InlineData("""{"query":"{ __typename }","variables":false}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"x"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""")]
    [InlineData("""["{ __typename }"]""")]
    [InlineData("\"{ __typename }\"")]
    public async Task AParameterOfTheWrongTypeIs400InvalidParameter(string body)
    {
        var response = await _client.SendAsync(Post(body, accept: GraphQLResponseJson));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "INVALID_PARAMETER");
    }

    [Theory]
    [InlineData("variables=not-json")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("extensions=%22text%22")]
    [InlineData("query=%7B__typename%7D")]
    public async Task AGetParameterOfTheWrongShapeIs400InvalidParameter(string extra)
    {
        var response = await _client.GetAsync("/graphql?query=%7B__typename%7D&" + extra);

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "INVALID_PARAMETER");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    public async Task AMissingQueryIs400QueryMissing(string body)
    {
        var response = await _client.SendAsync(Post(body));

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, Json, "QUERY_MISSING");
    }

    [Fact]
    public async Task AGetWithoutAQueryIs400QueryMissing()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponseJson);

        var response = await _client.SendAsync(request);

        await ErrorAsync(_client, response, HttpStatusCode.BadRequest, GraphQLResponseJson, "QUERY_MISSING");
    }

    /// <summary>A stream that hides its length, so the client must send the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
