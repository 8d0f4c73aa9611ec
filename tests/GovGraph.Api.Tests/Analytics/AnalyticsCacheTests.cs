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

    public sealed class Factory() : GovGraphFactory("ningguo");
}
