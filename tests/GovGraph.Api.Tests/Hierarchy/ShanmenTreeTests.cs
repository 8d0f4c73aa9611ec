using GovGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GovGraph.Api.Tests.Hierarchy;

/// <summary>The village tree of 山门村: party groups → central households → host and attached members → their households.</summary>
[Collection(SeededCollection.Name)]
public sealed class ShanmenTreeTests(SeededFactory factory)
{
    // k = 6 relationship fields: partyGroups, centralHouseholds, host, attachedMembers, linkedHouseholds (twice).
    private const int RelationshipFields = 6;

    private static string TreeQuery(int pageSize) => $$"""
        {
          node(id: "village:shanmen") {
            ... on Village {
              name
              partyGroups(first: {{pageSize}}) {
                totalCount
                nodes {
                  name
                  centralHouseholds(first: {{pageSize}}) {
                    totalCount
                    nodes {
                      name
                      host { name linkedHouseholds(first: {{pageSize}}) { totalCount nodes { id headName size } } }
                      attachedMembers(first: {{pageSize}}) {
                        totalCount
                        nodes { name linkedHouseholds(first: {{pageSize}}) { totalCount nodes { id headName size } } }
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
        var response = await factory.CreateClient().PostAsync(TreeQuery(500), trace: true);

        var village = response.AssertNoErrors().Data["node"]!;
        Assert.Equal("山门村", village["name"]!.GetValue<string>());
        var groups = village["partyGroups"]!["nodes"]!.AsArray();
        Assert.Equal(35, village["partyGroups"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(35, groups.Count);

        // Every household reached once per linking member: the tree really is 4–5 levels deep and wide.
        var linked = groups
            .SelectMany(g => g!["centralHouseholds"]!["nodes"]!.AsArray())
            .SelectMany(ch => ch!["attachedMembers"]!["nodes"]!.AsArray())
            .Sum(m => m!["linkedHouseholds"]!["nodes"]!.AsArray().Count);
        Assert.True(linked > 100, $"expected a wide tree, got {linked} linked households");
        Assert.InRange(response.StoreCalls, 1, RelationshipFields + 2);
    }

    [Fact]
    public async Task TreeShapeMatchesSnapshot()
    {
        var response = await factory.CreateClient().PostAsync(TreeQuery(2));

        Snapshot.Match(response.AssertNoErrors().DataJson);
    }
}
