using System.Text.Json.Nodes;
using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Traversal;

[Collection(SeededCollection.Name)]
public sealed class TraversalTests(SeededFactory factory)
{
    private static SeededFacts.Facts Facts => SeededFacts.Get;

    [Fact]
    public async Task DescendantsOfTheCityWithinTwoLevelsAreTheTownshipsAndTheirVillages()
    {
        var response = await factory.CreateClient().PostAsync("""
            { city { descendants(maxDepth: 2, first: 500) { totalCount edges { depth node { __typename id } } }
                     villagesOnly: descendants(maxDepth: 4, labels: ["Village"], first: 1) { totalCount } } }
            """);

        var city = response.AssertNoErrors().Data["city"]!;
        var edges = city["descendants"]!["edges"]!.AsArray();
        Assert.Equal(19 + 102, city["descendants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(19, edges.Count(e => e!["depth"]!.GetValue<int>() == 1 && e["node"]!["__typename"]!.GetValue<string>() == "Township"));
        Assert.Equal(102, edges.Count(e => e!["depth"]!.GetValue<int>() == 2 && e["node"]!["__typename"]!.GetValue<string>() == "Village"));
        Assert.Equal(102, city["villagesOnly"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task DescendantsOfAVillageCountEveryGroupAndCentralHousehold()
    {
        var response = await factory.CreateClient().PostAsync("""
            { node(id: "village:shanmen") { ... on Village { descendants(maxDepth: 4) { totalCount } } } }
            """);

        var expected = Facts.UnitsUnder("village:shanmen").Count() - 1;
        Assert.Equal(expected, response.AssertNoErrors().Data["node"]!["descendants"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AncestorsRunUpToTheCityNearestFirst()
    {
        var group = Facts.Children["village:shanmen"].First();
        var centralHousehold = Facts.Children[group].First();
        var response = await factory.CreateClient().PostAsync("""
            query ($id: ID!) { node(id: $id) { ... on OrgUnit { level parent { id } ancestors { id level } } } }
            """, new { id = centralHousehold });

        var node = response.AssertNoErrors().Data["node"]!;
        Assert.Equal(4, node["level"]!.GetValue<int>());
        Assert.Equal(group, node["parent"]!["id"]!.GetValue<string>());
        Assert.Equal(
            [group, "village:shanmen", "township:gangkou", "city:ningguo"],
            node["ancestors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ChildrenOfATownshipAreItsVillages()
    {
        var response = await factory.CreateClient().PostAsync("""
            { node(id: "township:gangkou") { ... on OrgUnit { children(first: 100) { totalCount nodes { id } } parent { id } } } }
            """);

        var node = response.AssertNoErrors().Data["node"]!;
        Assert.Equal("city:ningguo", node["parent"]!["id"]!.GetValue<string>());
        Assert.Equal(
            Facts.Children["township:gangkou"].Order(StringComparer.Ordinal),
            node["children"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PathBetweenHouseholdsOfDifferentTownshipsGoesThroughTheHierarchy()
    {
        var (from, to) = HouseholdsInTwoTownships();
        var response = await factory.CreateClient().PostAsync("""
            query ($from: ID!, $to: ID!) {
              any: path(from: $from, to: $to) { length nodes { id } relationships { type startId endId } }
              chain: path(from: $from, to: $to, types: ["OVERSEES", "COVERS"]) { length nodes { id __typename } }
              tooShort: path(from: $from, to: $to, maxLength: 3, types: ["OVERSEES", "COVERS"]) { length }
            }
            """, new { from, to }, trace: true);

        var data = response.AssertNoErrors().Data;
        var any = data["any"]!;
        var nodes = any["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var rels = any["relationships"]!.AsArray();
        Assert.Equal(from, nodes[0]);
        Assert.Equal(to, nodes[^1]);
        Assert.Equal(rels.Count, any["length"]!.GetValue<int>());
        Assert.InRange(rels.Count, 1, 8);
        for (var i = 0; i < rels.Count; i++)
        {
            // Each relationship joins consecutive nodes, in either direction.
            var ends = new[] { rels[i]!["startId"]!.GetValue<string>(), rels[i]!["endId"]!.GetValue<string>() };
            Assert.Contains(nodes[i], ends);
            Assert.Contains(nodes[i + 1], ends);
        }

        // Over the hierarchy alone the only way is up to the city and down again: 8 steps.
        Assert.Equal(8, data["chain"]!["length"]!.GetValue<int>());
        Assert.Equal("City", data["chain"]!["nodes"]![4]!["__typename"]!.GetValue<string>());
        Assert.Null(data["tooShort"]);
    }

    [Fact]
    public async Task PathWithAnUnknownTypeIsRefused()
    {
        var response = await factory.CreateClient().PostAsync("""{ path(from: "city:ningguo", to: "village:shanmen", types: ["KNOWS"]) { length } }""");

        Assert.Contains("UNKNOWN_RELATIONSHIP_TYPE", response.ErrorCodes);
    }

    [Fact]
    public async Task ChainOfResponsibilityOfALinkedHouseholdRunsThroughItsMemberToTheCity()
    {
        var household = Facts.Current.First(r => r.Type == RelTypes.Links && Facts.Current.Any(a => a.Type == RelTypes.AttachedTo && a.StartId == r.StartId)).EndId;
        var member = Facts.Current.First(r => r.Type == RelTypes.Links && r.EndId == household).StartId;
        var centralHousehold = Facts.Current.First(r => r.Type == RelTypes.AttachedTo && r.StartId == member).EndId;

        var response = await factory.CreateClient().PostAsync("""
            query ($h: ID!) { chainOfResponsibility(household: $h) { __typename id } }
            """, new { h = household });

        var chain = response.AssertNoErrors().Data["chainOfResponsibility"]!.AsArray();
        Assert.Equal(
            ["Household", "Person", "CentralHousehold", "PartyGroup", "Village", "Township", "City"],
            chain.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(member, chain[1]!["id"]!.GetValue<string>());
        Assert.Equal(centralHousehold, chain[2]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChainOfResponsibilityOfAnUnassignedHouseholdStartsFromItsPartyGroup()
    {
        var household = Facts.GroupOfHousehold.Keys.First(h => !Facts.Linked.Contains(h));
        var response = await factory.CreateClient().PostAsync("""
            query ($h: ID!) { chainOfResponsibility(household: $h) { __typename id } unknown: chainOfResponsibility(household: "household:none") { id } }
            """, new { h = household });

        var data = response.AssertNoErrors().Data;
        var chain = data["chainOfResponsibility"]!.AsArray();
        Assert.Equal(["Household", "PartyGroup", "Village", "Township", "City"], chain.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(Facts.GroupOfHousehold[household], chain[1]!["id"]!.GetValue<string>());
        Assert.Empty(data["unknown"]!.AsArray());
    }

    private static (string From, string To) HouseholdsInTwoTownships()
    {
        var first = Facts.HouseholdsUnder("township:gangkou")[0];
        var second = Facts.HouseholdsUnder("township:zhongxi")[0];
        return (first, second);
    }
}
