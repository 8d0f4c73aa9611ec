using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Hierarchy;

/// <summary>Bad arguments get a clear error with a stable code, never a 500.</summary>
[Collection(SeededCollection.Name)]
public sealed class BadRequestTests(SeededFactory factory)
{
    [Theory]
    [InlineData("""{ node(id: "village:shanmen") { ... on Village { partyGroups(first: 501) { totalCount } } } }""", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("""{ node(id: "village:shanmen") { ... on Village { partyGroups(first: -1) { totalCount } } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ node(id: "village:shanmen") { ... on Village { partyGroups(after: "bm90IGEgY3Vyc29y") { totalCount } } } }""", "INVALID_CURSOR")]
    [InlineData("""{ node(id: "") { id } }""", "INVALID_ID")]
    [InlineData("""{ node(id: "bad\u0001id") { id } }""", "INVALID_ID")]
    [InlineData("""{ search(text: "山门", labels: ["Nope"]) { totalCount } }""", "UNKNOWN_LABEL")]
    [InlineData("""{ search(text: "  ") { totalCount } }""", "INVALID_ARGUMENT")]
    public async Task BadArgumentsGetTheirStableCode(string query, string code)
    {
        var response = await factory.CreateClient().PostAsync(query);

        Assert.Equal(200, response.StatusCode);
        Assert.Contains(code, response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Body.ToJsonString());
    }

    [Fact]
    public async Task TooManyIdsAreRefused()
    {
        var ids = Enumerable.Range(0, 501).Select(i => $"household:{i:D6}").ToArray();
        var response = await factory.CreateClient().PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Contains("TOO_MANY_IDS", response.ErrorCodes);
    }

    [Fact]
    public async Task QueriesDeeperThanTheLimitAreRefusedBeforeExecution()
    {
        // 17 levels of selection: deeper than the default limit of 15.
        var query = "{ city { townships { nodes { villages { nodes { partyGroups { nodes { centralHouseholds { nodes { host { linkedHouseholds { nodes { partyGroup { village { township { city { name } } } } } } } } } } } } } } } } }";
        var response = await factory.CreateClient().PostAsync(query);

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Body["data"]);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task PageSizeBombsAreRefusedBeforeExecution()
    {
        var query = "{ city { townships(first: 500) { nodes { villages(first: 500) { nodes { partyGroups(first: 500) { nodes { households(first: 500) { nodes { headName } } } } } } } } } }";
        var response = await factory.CreateClient().PostAsync(query, trace: true);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
        Assert.Equal(0, response.StoreCalls);
    }

    [Theory]
    [InlineData("'; DROP TABLE nodes; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\") OR 1=1 --")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    public async Task SqlOrCypherLookingFilterTextIsJustText(string text)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("""
            query ($t: String!) {
              search(text: $t) { totalCount }
              node(id: "township:gangkou") { ... on Township { villages(where: { nameContains: $t }) { totalCount } } }
            }
            """, new { t = text });

        var data = response.AssertNoErrors().Data;
        Assert.Equal(0, data["search"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["node"]!["villages"]!["totalCount"]!.GetValue<int>());
        var after = await client.PostAsync("{ stats { villages } }");
        Assert.Equal(102, after.AssertNoErrors().Data["stats"]!["villages"]!.GetValue<int>());
    }
}
