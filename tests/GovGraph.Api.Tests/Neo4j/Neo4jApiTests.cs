using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Neo4j;

/// <summary>
/// The API above the Neo4j store gives the answers it gives above the embedded one: the county's figures as the
/// generator made them, a mutation's rule and its change-log events. Skipped, with the reason, without a server.
/// </summary>
public sealed class Neo4jApiTests : IAsyncLifetime
{
    private Neo4jApiFactory? _factory;

    public async Task InitializeAsync()
    {
        if (Neo4jApiFactory.SkipReason is null)
        {
            await Neo4jApiFactory.WipeAsync();
            _factory = new Neo4jApiFactory();
        }
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task TheCountyOnNeo4jHasTheGeneratedFigures()
    {
        Skip.If(Neo4jApiFactory.SkipReason is not null, Neo4jApiFactory.SkipReason);
        var client = _factory!.CreateClient();

        var response = (await client.PostAsync("""
            { city { children(first: 50) { totalCount } }
              unassigned: unassignedHouseholds(under: "township:gangkou", first: 1) { totalCount }
              shanmen: node(id: "village:shanmen") { ... on Village { name } } }
            """)).AssertNoErrors().Data;

        Assert.Equal(SeededFacts.Get.Children["city:ningguo"].Count(), response["city"]!["children"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(SeededFacts.Get.UnassignedUnder("township:gangkou"), response["unassigned"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("山门村", response["shanmen"]!["name"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task AMutationOnNeo4jKeepsItsRuleAndWritesItsEvents()
    {
        Skip.If(Neo4jApiFactory.SkipReason is not null, Neo4jApiFactory.SkipReason);

        var cursor = await ChangeKit.LinkUnassignedHouseholdAsync(_factory!, "village:shanmen");

        var client = _factory!.CreateClient();
        var changes = (await client.PostAsync("{ changes(first: 10) { nodes { cursor type relationship { type } } } }")).AssertNoErrors().Data;
        var events = changes["changes"]!["nodes"]!.AsArray();
        Assert.Contains(events, e => e!["type"]!.GetValue<string>() == "RELATIONSHIP_CREATED"
            && e["relationship"]!["type"]!.GetValue<string>() == "LINKS"
            && long.Parse(e["cursor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) == cursor);
    }
}
