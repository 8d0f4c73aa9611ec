using GovGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.Hierarchy;

/// <summary>The village tree of 山门村: party groups → central households → host and attached members → their households.</summary>
[Collection(SeededCollection.Name)]
public sealed class ShanmenTreeTests(SeededFactory factory)
{
    // k = 6 relationship fields: partyGroups, centralHouseholds, host, attachedMembers, linkedHouseholds (twice).
    private const int RelationshipFields = 6;

    // Page sizes cover every list of the tree (groups ≤ 50, central households per group ≤ 10, attached
    // members ≤ 15, households per member ≤ 20), so the test sees the whole tree; totalCount proves it.
    private static string TreeQuery(int groups, int centralHouseholds, int members, int households) => $$"""
        {
          node(id: "village:shanmen") {
            ... on Village {
              name
              partyGroups(first: {{groups}}) {
                totalCount
                nodes {
                  name
                  centralHouseholds(first: {{centralHouseholds}}) {
                    totalCount
                    nodes {
                      name
                      host { name linkedHouseholds(first: {{households}}) { totalCount nodes { id headName size } } }
                      attachedMembers(first: {{members}}) {
                        totalCount
                        nodes { name linkedHouseholds(first: {{households}}) { totalCount nodes { id headName size } } }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task WholeTreeCostsAtMostKPlusTwoStoreCalls()
    {
        var response = await factory.CreateClient().PostAsync(TreeQuery(50, 10, 15, 20), trace: true);

        var village = response.AssertNoErrors().Data["node"]!;
        Assert.Equal("山门村", village["name"]!.GetValue<string>());
        var groups = village["partyGroups"]!["nodes"]!.AsArray();
        Assert.Equal(35, village["partyGroups"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(35, groups.Count);

        // The whole tree came back: every connection returned all it counts.
        var centralHouseholds = groups.Select(g => g!["centralHouseholds"]!).ToList();
        var members = centralHouseholds.SelectMany(c => c["nodes"]!.AsArray()).Select(ch => ch!["attachedMembers"]!).ToList();
        var households = members.SelectMany(m => m["nodes"]!.AsArray()).Select(m => m!["linkedHouseholds"]!).ToList();
        Assert.All(centralHouseholds.Concat(members).Concat(households), AssertComplete);
        Assert.True(households.Sum(h => h["nodes"]!.AsArray().Count) > 100, "expected a wide tree");
        Assert.InRange(response.StoreCalls, 1, RelationshipFields + 2);
    }

    [Fact]
    public async Task TreeShapeMatchesSnapshot()
    {
        var response = await factory.CreateClient().PostAsync(TreeQuery(2, 2, 2, 2));

        Snapshot.Match(response.AssertNoErrors().DataJson);
    }

    [Fact]
    public async Task FilteredAndSortedListsStillCostOneStoreCallPerLevel()
    {
        // k = 4 relationship fields (villages, partyGroups, households, linkedMember), each filtered or sorted.
        var response = await factory.CreateClient().PostAsync("""
            { node(id: "township:gangkou") { ... on Township {
                villages(where: { nameContains: "村" }, orderBy: { field: UNASSIGNED_HOUSEHOLDS, direction: DESC }) { nodes {
                  partyGroups(first: 50, orderBy: { field: NAME }) { nodes {
                    households(first: 100, where: { unassigned: false }) { totalCount nodes { linkedMember(asOf: "2024-01-01") { id } } } } } } } } } }
            """, trace: true);

        var villages = response.AssertNoErrors().Data["node"]!["villages"]!["nodes"]!.AsArray();
        Assert.True(villages.Count > 1);
        Assert.InRange(response.StoreCalls, 1, 4 + 2);
    }

    private static void AssertComplete(System.Text.Json.Nodes.JsonNode? connection) =>
        Assert.Equal(connection!["totalCount"]!.GetValue<int>(), connection["nodes"]!.AsArray().Count);
}
