using System.Net;
using System.Net.Http.Json;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Api.Tests.Limits;
using static GovGraph.Api.Tests.Changes.SmallCounty;

namespace GovGraph.Api.Tests.Security.ApiKeys;

/// <summary>An API key through the whole pipeline: its role, scope and document allow-list apply, and a revoked key stops at once.</summary>
public sealed class ApiKeyEndToEndTests(ApiKeyApiFactory api) : IClassFixture<ApiKeyApiFactory>
{
    [Fact]
    public async Task AKeySeesItsScopeWithItsRoleAndIsNamedAfterItself()
    {
        var created = await api.Keys.CreateAsync("港口 dashboard", "viewer", Gangkou, personalData: false, [], CancellationToken.None);

        var data = (await api.ClientWithKey(created.Key).PostAsync(
            "{ townships { id } viewer { name role authenticatedBy seesPersonalData } node(id: \"hh:1\") { ... on Household { headName } } }"))
            .AssertNoErrors().Data;

        Assert.Equal([Gangkou], data["townships"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal("apikey:" + created.Record.Id, data["viewer"]!["name"]!.GetValue<string>());
        Assert.Equal("VIEWER", data["viewer"]!["role"]!.GetValue<string>());
        Assert.Equal("ApiKey", data["viewer"]!["authenticatedBy"]!.GetValue<string>());
        Assert.Equal("张*", data["node"]!["headName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARevokedKeyGets401()
    {
        var created = await api.Keys.CreateAsync("short-lived", "viewer", null, personalData: false, [], CancellationToken.None);
        var client = api.ClientWithKey(created.Key);
        Assert.Equal(200, (await client.PostAsync("{ viewer { role } }")).StatusCode);

        Assert.True(await api.Keys.RevokeAsync(created.Record.Id, CancellationToken.None));

        var refused = await client.PostAsync("{ viewer { role } }");
        Assert.Equal(401, refused.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task AKeyWithDocumentsRunsOnlyThoseDocuments()
    {
        var created = await api.Keys.CreateAsync("kiosk", "viewer", null, personalData: false, [Persisted.Id(Persisted.StatsQuery)], CancellationToken.None);
        var client = api.ClientWithKey(created.Key);

        var allowed = await PostDocumentAsync(client, Persisted.Id(Persisted.StatsQuery));
        var other = await PostDocumentAsync(client, Persisted.Id(Persisted.CreatePerson));
        var raw = await client.PostAsync("query Stats { stats { villages } }");

        Assert.Equal(2, allowed.Data["stats"]!["villages"]!.GetValue<int>());
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_ALLOWED"], other.ErrorCodes);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], raw.ErrorCodes);
    }

    [Fact]
    public async Task AReadOnlyKeyMayNotWrite()
    {
        var created = await api.Keys.CreateAsync("reader", "analyst", null, personalData: true, [], CancellationToken.None);

        var payload = (await api.ClientWithKey(created.Key).PostAsync(
            """mutation { createPerson(input: { name: "不可" }) { person { id } errors { code } } }""")).AssertNoErrors().Data["createPerson"]!;

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["person"]);
    }

    [Fact]
    public async Task AGarbledKeyGets401WithoutSayingWhy()
    {
        var response = await api.ClientWithKey("gg_0123456789abcdef_not-the-secret").PostAsync("{ viewer { role } }");

        Assert.Equal(401, response.StatusCode);
        Assert.DoesNotContain("revoked", response.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<GraphQLResponse> PostDocumentAsync(HttpClient client, string documentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { documentId }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        return new GraphQLResponse((int)response.StatusCode, System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
