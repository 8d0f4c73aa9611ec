using GovGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.Hierarchy;

[Collection(SeededCollection.Name)]
public sealed class HierarchyQueryTests(SeededFactory factory)
{
    [Fact]
    public async Task TownshipShowsItsContactLeadersAndVillages()
    {
        var response = await factory.CreateClient().PostAsync("""
            {
              node(id: "township:gangkou") {
                id
                ... on Township {
                  name divisionType
                  city { name }
                  contactLeaders { totalCount nodes { name contactedTownship { name } } }
                  villages(first: 5) { totalCount edges { cursor node { name keyVillage branchType } } pageInfo { hasNextPage } }
                }
              }
            }
            """);

        var township = response.AssertNoErrors().Data["node"]!;
        Assert.Equal("港口镇", township["name"]!.GetValue<string>());
        Assert.Equal("TOWN", township["divisionType"]!.GetValue<string>());
        Assert.True(township["contactLeaders"]!["totalCount"]!.GetValue<int>() >= 1);
        foreach (var leader in township["contactLeaders"]!["nodes"]!.AsArray())
        {
            Assert.Equal("港口镇", leader!["contactedTownship"]!["name"]!.GetValue<string>());
        }

        var villageNames = township["villages"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("山门村", villageNames);
        Snapshot.Match(response.DataJson);
    }

    [Fact]
    public async Task HouseholdReachesItsMemberGroupAndVillage()
    {
        var client = factory.CreateClient();
        var first = await client.PostAsync("""
            { node(id: "village:xicun") { ... on Village { partyGroups(first: 1) { nodes { households(first: 1) { nodes { id } } } } } } }
            """);
        var householdId = first.AssertNoErrors().Data["node"]!["partyGroups"]!["nodes"]![0]!["households"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var response = await client.PostAsync("""
            query ($id: ID!) {
              node(id: $id) {
                id
                ... on Household {
                  headName size
                  linkedMember { name partyMember partyGroup { name } }
                  partyGroup { name village { name } }
                  village { name township { name } }
                }
              }
            }
            """, new { id = householdId }, trace: true);

        var household = response.AssertNoErrors().Data["node"]!;
        Assert.Equal("西村村", household["village"]!["name"]!.GetValue<string>());
        Assert.Equal("西村村", household["partyGroup"]!["village"]!["name"]!.GetValue<string>());
        Assert.Equal("港口镇", household["village"]!["township"]!["name"]!.GetValue<string>());
        Assert.InRange(response.StoreCalls, 1, 5 + 2);
        Snapshot.Match(response.DataJson);
    }

    [Fact]
    public async Task CityAndTownshipsListAllNineteenUnits()
    {
        var response = await factory.CreateClient().PostAsync("""
            { city { name townships(first: 100) { totalCount } partnerUniversities { totalCount } } townships { name divisionType } }
            """);

        var data = response.AssertNoErrors().Data;
        Assert.Equal(19, data["city"]!["townships"]!["totalCount"]!.GetValue<int>());
        var townships = data["townships"]!.AsArray();
        Assert.Equal(19, townships.Count);
        Assert.Equal(6, townships.Count(t => t!["divisionType"]!.GetValue<string>() == "STREET"));
        Assert.Contains(townships, t => t!["name"]!.GetValue<string>() == "云梯畲族乡");
    }

    [Fact]
    public async Task NodesReturnsNullForMissingIdsInOrder()
    {
        var response = await factory.CreateClient().PostAsync("""
            { nodes(ids: ["village:shanmen", "no-such-node", "township:gangkou"]) { id __typename } }
            """);

        var nodes = response.AssertNoErrors().Data["nodes"]!.AsArray();
        Assert.Equal("village:shanmen", nodes[0]!["id"]!.GetValue<string>());
        Assert.Equal("Village", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("Township", nodes[2]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagingWithAfterContinuesWithoutOverlap()
    {
        var client = factory.CreateClient();
        const string query = """
            query ($after: String) { node(id: "village:shanmen") { ... on Village { partyGroups(first: 20, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } } } }
            """;
        var page1 = (await client.PostAsync(query)).AssertNoErrors().Data["node"]!["partyGroups"]!;
        var cursor = page1["pageInfo"]!["endCursor"]!.GetValue<string>();
        var page2 = (await client.PostAsync(query, new { after = cursor })).AssertNoErrors().Data["node"]!["partyGroups"]!;

        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page2["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        var ids = page1["nodes"]!.AsArray().Concat(page2["nodes"]!.AsArray()).Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(35, ids.Count);
        Assert.Equal(35, ids.Distinct().Count());
        Assert.Equal(35, page2["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SearchFindsChineseSubstrings()
    {
        var response = await factory.CreateClient().PostAsync("""
            { search(text: "山门", labels: ["Village"]) { totalCount nodes { id ... on Village { name } } } }
            """);

        var search = response.AssertNoErrors().Data["search"]!;
        Assert.Contains(search["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "山门村");
        Assert.All(search["nodes"]!.AsArray(), n => Assert.Contains("山门", n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchWithoutLabelsSpansLabels()
    {
        var response = await factory.CreateClient().PostAsync("""{ search(text: "港口镇") { totalCount nodes { __typename } } }""");

        var types = response.AssertNoErrors().Data["search"]!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()).ToList();
        Assert.Contains("Township", types);
    }

    [Fact]
    public async Task ChineseTextIsSentAsUtf8NotEscapes()
    {
        var response = await factory.CreateClient().PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ node(id: \"village:shanmen\") { ... on Village { name } } }"}""", System.Text.Encoding.UTF8, "application/json"));

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"山门村\"", raw);
        Assert.DoesNotContain("\\u", raw);
    }
}
