using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// With auth on, every transport at /graphql and the CSV exports answer 401 without valid credentials and 403 for
/// credentials without a known role, before GraphQL runs; the GraphiQL page and health stay public.
/// </summary>
[Collection(SecuredCollection.Name)]
public sealed class AuthenticationTests(SecuredFactory factory)
{
    private const string Query = "{ city { id name } }";

    [Theory]
    [MemberData(nameof(BadCredentials.Kinds), MemberType = typeof(BadCredentials))]
    public async Task APostWithoutValidCredentialsGets401(string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        await AssertUnauthenticatedAsync(await SendAsync(request, kind));
    }

    [Theory]
    [MemberData(nameof(BadCredentials.Kinds), MemberType = typeof(BadCredentials))]
    public async Task AGetWithoutValidCredentialsGets401(string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.Accept.ParseAdd("application/json");

        await AssertUnauthenticatedAsync(await SendAsync(request, kind));
    }

    [Theory]
    [MemberData(nameof(BadCredentials.Kinds), MemberType = typeof(BadCredentials))]
    public async Task AnEventStreamWithoutValidCredentialsGets401(string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { changes { cursor } }" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        await AssertUnauthenticatedAsync(await SendAsync(request, kind));
    }

    [Theory]
    [MemberData(nameof(BadCredentials.Kinds), MemberType = typeof(BadCredentials))]
    public async Task ACsvExportWithoutValidCredentialsGets401(string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/coverage.csv");

        await AssertUnauthenticatedAsync(await SendAsync(request, kind));
    }

    [Fact]
    public async Task AnUnknownApiKeyGets401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Add("X-Api-Key", "gg_not-a-key-this-server-issued");

        await AssertUnauthenticatedAsync(await factory.CreateClient().SendAsync(request));
    }

    [Fact]
    public async Task ATokenWithoutARoleGets403()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Create(role: null));

        var response = await client.PostAsync(Query);

        Assert.Equal(403, response.StatusCode);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task ATokenWithAnUnknownRoleGets403()
    {
        var response = await factory.ClientFor("superuser").PostAsync(Query);

        Assert.Equal(403, response.StatusCode);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task AValidTokenOfEachRoleQueries(string role)
    {
        var response = await factory.ClientFor(role).PostAsync(Query);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(SeededFacts.Get.OfLabel("City").Single().Id, response.AssertNoErrors().Data["city"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AValidTokenQueriesOverGetAndStreamsOverServerSentEvents()
    {
        var client = factory.ClientFor("viewer");
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        using var sse = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        sse.Headers.Accept.ParseAdd("text/event-stream");

        using var overGet = await client.SendAsync(get);
        using var overSse = await client.SendAsync(sse);

        Assert.Equal(HttpStatusCode.OK, overGet.StatusCode);
        Assert.NotNull(JsonNode.Parse(await overGet.Content.ReadAsStringAsync())!["data"]!["city"]);
        Assert.Equal(HttpStatusCode.OK, overSse.StatusCode);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"city\":", await overSse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalystDownloadsACsvExport()
    {
        using var response = await factory.ClientFor("analyst").GetAsync("/export/coverage.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("unitId,", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheGraphiQLPageAndHealthStayPublic()
    {
        var client = factory.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");

        using var ide = await client.SendAsync(page);
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!;
        Assert.Equal("Healthy", checks["auth"]!["status"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string kind)
    {
        if (BadCredentials.Token(kind) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task AssertUnauthenticatedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var error = Assert.Single(body["errors"]!.AsArray())!;
            Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
            Assert.Null(body["data"]);
        }
    }
}
