using GovGraph.Api.Tests.Infrastructure;

namespace GovGraph.Api.Tests.Analytics;

/// <summary>The analytics cache without Redis: HybridCache's in-memory tier alone.</summary>
public sealed class AnalyticsCacheTests : IClassFixture<AnalyticsCacheTests.Factory>
{
    private readonly Factory _factory;

    public AnalyticsCacheTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task ARepeatedCoverageIsServedFromMemoryWithTheSameFigures()
    {
        const string query = """
            { coverage(under: "township:gangkou") { households linked unassigned members byChild { unit { id name } households unassigned } } }
            """;
        var client = _factory.CreateClient();

        var first = (await client.PostAsync(query, trace: true)).AssertNoErrors();
        var second = (await client.PostAsync(query, trace: true)).AssertNoErrors();

        Assert.Equal(first.DataJson, second.DataJson);
        Assert.Equal(SeededFacts.Get.UnassignedUnder("township:gangkou"), second.Data["coverage"]!["unassigned"]!.GetValue<int>());
        // The first asks for the unit, its children and the coverage pass; the second only reads the nodes again.
        Assert.Equal(3, first.StoreCalls);
        Assert.Equal(2, second.StoreCalls);
    }

    [Fact]
    public async Task RepeatedStatsAndGapsCostNoCountingCallsTheSecondTime()
    {
        const string query = """
            { stats { villages households partyMembers newVillageVenueInvestmentYuan }
              gaps(under: "township:gangkou") { villagesWithoutInstructor { totalCount } overloadedMembers(first: 5) { totalCount nodes { id } } }
              unassignedHouseholds(under: "village:shanmen", first: 3) { totalCount nodes { id headName } } }
            """;
        var client = _factory.CreateClient();

        var first = (await client.PostAsync(query, trace: true)).AssertNoErrors();
        var second = (await client.PostAsync(query, trace: true)).AssertNoErrors();

        Assert.Equal(first.DataJson, second.DataJson);
        Assert.Equal(SeededFacts.Get.UnassignedUnder("village:shanmen"), second.Data["unassignedHouseholds"]!["totalCount"]!.GetValue<int>());
        // Four stats, two gap lists and one list of unassigned households, then only the listed nodes read again.
        Assert.Equal(7, first.StoreCalls);
        Assert.InRange(second.StoreCalls, 0, 2);
    }

    [Fact]
    public async Task ACachedCoverageChangesRightAfterALinkBelowIt()
    {
        // Away from Gangkou, which the other tests of this store read.
        var township = SeededFacts.Get.Children["city:ningguo"].First(t => t != "township:gangkou");
        var village = SeededFacts.Get.Children[township].First(v => SeededFacts.Get.UnassignedUnder(v) > 0);
        const string query = """
            query ($u: ID!, $t: ID!) { coverage(under: $u) { linked unassigned byChild { unit { id } unassigned } } township: coverage(under: $t) { unassigned } }
            """;
        var client = _factory.CreateClient();
        var before = (await client.PostAsync(query, new { u = village, t = township })).AssertNoErrors().Data;
        var cached = (await client.PostAsync(query, new { u = village, t = township }, trace: true)).AssertNoErrors();
        Assert.Equal(before.ToJsonString(), cached.Data.ToJsonString());
        Assert.Equal(3, cached.StoreCalls); // both figures from the cache: only the units and children are read

        // No waiting: the mutation answers only once this instance's cache has dropped what it invalidates.
        await ChangeKit.LinkUnassignedHouseholdAsync(_factory, village);
        var after = (await client.PostAsync(query, new { u = village, t = township })).AssertNoErrors().Data;

        int Figure(System.Text.Json.Nodes.JsonNode data, string path) =>
            path.Split('.').Aggregate(data, (node, name) => node[name]!).GetValue<int>();
        Assert.Equal(Figure(before, "coverage.linked") + 1, Figure(after, "coverage.linked"));
        Assert.Equal(Figure(before, "coverage.unassigned") - 1, Figure(after, "coverage.unassigned"));
        Assert.Equal(Figure(before, "township.unassigned") - 1, Figure(after, "township.unassigned"));
        Assert.Equal(
            before["coverage"]!["byChild"]!.AsArray().Sum(c => c!["unassigned"]!.GetValue<int>()) - 1,
            after["coverage"]!["byChild"]!.AsArray().Sum(c => c!["unassigned"]!.GetValue<int>()));
    }

    public sealed class Factory() : GovGraphFactory("ningguo");
}
