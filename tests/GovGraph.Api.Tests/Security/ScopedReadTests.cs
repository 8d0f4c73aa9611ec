using System.Text;
using GovGraph.Api.Tests.Infrastructure;
using static GovGraph.Api.Tests.Security.ScopeFixture;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// One test per read path: for a caller scoped to 港口镇 a node of another township behaves as absent (null, not
/// counted, not matched by a filter, no error), while the same path answers inside the scope.
/// </summary>
[Collection(SecuredCollection.Name)]
public sealed class ScopedReadTests(SecuredFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    private HttpClient Scoped => factory.ClientFor("viewer", Township);

    [Fact]
    public async Task NodeIsNullOutsideTheScopeAndFoundInside()
    {
        var data = (await Scoped.PostAsync(
            "query ($in: ID!, $out: ID!) { inside: node(id: $in) { id } outside: node(id: $out) { id } }",
            new { @in = VillageInside, @out = VillageOutside })).AssertNoErrors().Data;

        Assert.Equal(VillageInside, data["inside"]!["id"]!.GetValue<string>());
        Assert.Null(data["outside"]);
    }

    [Fact]
    public async Task NodesHasNullWhereTheIdIsOutsideTheScope()
    {
        var nodes = (await Scoped.PostAsync(
            "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { HouseholdInside, HouseholdOutside, Township, OtherTownship } })).AssertNoErrors().Data["nodes"]!.AsArray();

        Assert.Equal([HouseholdInside, null, Township, null], nodes.Select(n => n?["id"]?.GetValue<string>()));
    }

    [Fact]
    public async Task TownshipsReturnsJustTheCallersTownshipAndCityIsNull()
    {
        var data = (await Scoped.PostAsync("{ townships { id } city { id } viewer { scope { id } seesEverything role } }")).AssertNoErrors().Data;

        Assert.Equal([Township], data["townships"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Null(data["city"]);
        Assert.Equal(Township, data["viewer"]!["scope"]!["id"]!.GetValue<string>());
        Assert.False(data["viewer"]!["seesEverything"]!.GetValue<bool>());
        Assert.Equal("VIEWER", data["viewer"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACallerWithoutScopeSeesEverything()
    {
        var data = (await factory.ClientFor("viewer").PostAsync("{ townships { id } city { id } viewer { seesEverything } }")).AssertNoErrors().Data;

        Assert.Equal(Facts.Children["city:ningguo"].Count(), data["townships"]!.AsArray().Count);
        Assert.Equal("city:ningguo", data["city"]!["id"]!.GetValue<string>());
        Assert.True(data["viewer"]!["seesEverything"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACallerScopedToTheCitySeesEverything()
    {
        var data = (await factory.ClientFor("viewer", "city:ningguo").PostAsync("{ townships { id } city { id } viewer { seesEverything } stats { villages } }")).AssertNoErrors().Data;

        Assert.Equal(Facts.Children["city:ningguo"].Count(), data["townships"]!.AsArray().Count);
        Assert.Equal("city:ningguo", data["city"]!["id"]!.GetValue<string>());
        Assert.True(data["viewer"]!["seesEverything"]!.GetValue<bool>());
        Assert.Equal(Facts.OfLabel(GovGraph.Domain.Model.Labels.Village).Count(), data["stats"]!["villages"]!.GetValue<int>());
    }

    [Fact]
    public async Task SearchFindsNothingOutsideTheScope()
    {
        var data = (await Scoped.PostAsync(
            "query ($in: String!, $out: String!) { inside: search(text: $in) { totalCount nodes { id } } outside: search(text: $out) { totalCount } }",
            new { @in = NameOf(VillageInside), @out = NameOf(VillageOutside) })).AssertNoErrors().Data;

        Assert.Contains(data["inside"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == VillageInside);
        var outsideMatchesInside = Facts.Nodes.Values.Count(n => n.Name?.Contains(NameOf(VillageOutside), StringComparison.Ordinal) == true
            && (UnitsInside.Contains(n.Id) || (Facts.GroupOfHousehold.TryGetValue(n.Id, out var g) && UnitsInside.Contains(g))));
        Assert.Equal(outsideMatchesInside, data["outside"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListsAndTotalCountsCountOnlyTheScope()
    {
        var data = (await Scoped.PostAsync(
            "query ($t: ID!) { node(id: $t) { ... on Township { villages { totalCount } descendants(maxDepth: 1) { totalCount } } } stats { villages households } }",
            new { t = Township })).AssertNoErrors().Data;

        Assert.Equal(VillagesInside, data["node"]!["villages"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(VillagesInside, data["node"]!["descendants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(VillagesInside, data["stats"]!["villages"]!.GetValue<int>());
        Assert.Equal(HouseholdsInside, data["stats"]!["households"]!.GetValue<int>());
    }

    [Fact]
    public async Task AncestorsAndParentStopAtTheScope()
    {
        var data = (await Scoped.PostAsync(
            "query ($v: ID!, $t: ID!) { v: node(id: $v) { ... on Village { ancestors { id } } } t: node(id: $t) { ... on Township { parent { id } } } }",
            new { v = VillageInside, t = Township })).AssertNoErrors().Data;

        Assert.Equal([Township], data["v"]!["ancestors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Null(data["t"]!["parent"]);
    }

    [Fact]
    public async Task RelationshipFiltersTellTheTruthAboutVisibleNodesWhileTheOtherEndStaysAbsent()
    {
        // Agencies sit under the city, outside any township. Whether a village of 港口镇 has a paired agency is a
        // fact about the village, so the gap list is the city's answer; the agency itself is absent (an empty list).
        var paired = Facts.Current.Where(r => r.Type == GovGraph.Domain.Model.RelTypes.PairedWith).Select(r => r.EndId).ToHashSet();
        var villageWithAgency = Facts.Children[Township].First(paired.Contains);
        var data = (await Scoped.PostAsync(
            "query ($t: ID!, $v: ID!) { gaps(under: $t) { villagesWithoutPairedAgency { totalCount } } node(id: $v) { ... on Village { pairedAgencies { totalCount nodes { id } } } } }",
            new { t = Township, v = villageWithAgency })).AssertNoErrors().Data;

        Assert.Equal(Facts.Children[Township].Count(v => !paired.Contains(v)), data["gaps"]!["villagesWithoutPairedAgency"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["node"]!["pairedAgencies"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["node"]!["pairedAgencies"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AnalyticsUnderAUnitOutsideTheScopeAreEmpty()
    {
        var data = (await Scoped.PostAsync(
            "query ($in: ID!, $out: ID!) { outside: unassignedHouseholds(under: $out) { totalCount } inside: unassignedHouseholds(under: $in) { totalCount } all: unassignedHouseholds { totalCount } coverageOutside: coverage(under: $out) { households } coverageInside: coverage(under: $in) { households } gaps(under: $out) { overloadedMembers { totalCount } } }",
            new { @in = VillageInside, @out = VillageOutside })).AssertNoErrors().Data;

        Assert.Equal(0, data["outside"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Facts.UnassignedUnder(VillageInside), data["inside"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Facts.UnassignedUnder(Township), data["all"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["coverageOutside"]);
        Assert.Equal(Facts.HouseholdsUnder(VillageInside).Count, data["coverageInside"]!["households"]!.GetValue<int>());
        Assert.Equal(0, data["gaps"]!["overloadedMembers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PathAndChainOfResponsibilityStayInsideTheScope()
    {
        var data = (await Scoped.PostAsync(
            "query ($a: ID!, $b: ID!, $c: ID!, $h: ID!, $o: ID!) { across: path(from: $a, to: $b) { length } within: path(from: $a, to: $c) { length } chain: chainOfResponsibility(household: $h) { id } outsideChain: chainOfResponsibility(household: $o) { id } }",
            new { a = HouseholdInside, b = HouseholdOutside, c = Township, h = HouseholdInside, o = HouseholdOutside })).AssertNoErrors().Data;

        Assert.Null(data["across"]);
        Assert.NotNull(data["within"]);
        var chain = data["chain"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(HouseholdInside, chain[0]);
        Assert.Equal(Township, chain[^1]);
        Assert.Empty(data["outsideChain"]!.AsArray());
    }

    [Fact]
    public async Task TheChangeFeedUnderAUnitOutsideTheScopeIsEmpty()
    {
        var data = (await Scoped.PostAsync(
            "query ($out: ID!) { changes(under: $out) { edges { cursor } } }", new { @out = VillageOutside })).AssertNoErrors().Data;

        Assert.Empty(data["changes"]!["edges"]!.AsArray());
    }

    [Fact]
    public async Task CsvExportsHoldOnlyTheScope()
    {
        var client = Scoped;
        var all = await CsvLinesAsync(client, "/export/unassigned-households.csv");
        var coverage = await CsvLinesAsync(client, "/export/coverage.csv");

        Assert.Equal(Facts.UnassignedUnder(Township), all.Count - 1);
        Assert.StartsWith(Township + ",", coverage[1], StringComparison.Ordinal);
        Assert.Equal(1 + 1 + VillagesInside, coverage.Count);
    }

    [Theory]
    [InlineData("unassigned-households.csv")]
    [InlineData("unassigned-households.xlsx")]
    [InlineData("coverage.csv")]
    [InlineData("coverage.xlsx")]
    public async Task AnExportUnderAUnitOutsideTheScopeIsNotFoundAsForAMissingOne(string export)
    {
        var response = await Scoped.GetAsync($"/export/{export}?under={VillageOutside}");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("NOT_FOUND", System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownScopeSeesNothing()
    {
        var data = (await factory.ClientFor("viewer", "township:nowhere").PostAsync(
            "{ townships { id } stats { villages } viewer { scope { id } } unassignedHouseholds { totalCount } }")).AssertNoErrors().Data;

        Assert.Empty(data["townships"]!.AsArray());
        Assert.Equal(0, data["stats"]!["villages"]!.GetValue<int>());
        Assert.Null(data["viewer"]!["scope"]);
        Assert.Equal(0, data["unassignedHouseholds"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<List<string>> CsvLinesAsync(HttpClient client, string url)
    {
        var bytes = await client.GetByteArrayAsync(url);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
