using GovGraph.Domain.Model;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>Depth ranges, relationship counts, neighbour targets, ancestors, adjacency and coverage.</summary>
public abstract partial class GraphStoreContract
{
    private static async Task<Dictionary<string, int?>> DepthsAsync(IGraphStore store, NodeCriteria criteria)
    {
        var page = await store.FindNodesAsync(new NodeQuery(criteria, 1000), Ct);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.ToDictionary(i => i.Node.Id, i => i.Depth);
    }

    // ---- depth ----

    [SkippableFact]
    public async Task DepthRangesSelectLevelsBelowTheUnderNodeAndReportEachNodesDepth()
    {
        var store = await SeededStoreAsync();

        Assert.Equal(
            new Dictionary<string, int?> { [Shanmen] = 1, [Dongcun] = 1 },
            await DepthsAsync(store, new NodeCriteria { Under = Gangkou, MinDepth = 1, MaxDepth = 1 }));
        Assert.Equal(
            new Dictionary<string, int?>
            {
                [Shanmen] = 1, [Dongcun] = 1, [ShanmenGroup1] = 2, [ShanmenGroup2] = 2, [DongcunGroup] = 2, [Zhao] = 2,
            },
            await DepthsAsync(store, new NodeCriteria { Under = Gangkou, MinDepth = 1, MaxDepth = 2 }));
        Assert.Equal(
            new Dictionary<string, int?> { [Gangkou] = 0 },
            await DepthsAsync(store, new NodeCriteria { Under = Gangkou, MaxDepth = 0 }));
        Assert.Equal(
            new Dictionary<string, int?> { [City] = 0, [Gangkou] = 1, [Xialin] = 1, [Household(6)] = 1, [Leader] = 1 },
            await DepthsAsync(store, new NodeCriteria { Under = City, MaxDepth = 1 }));
    }

    [SkippableFact]
    public async Task AMinimumDepthAloneKeepsEverythingFromThatLevelDown()
    {
        var store = await SeededStoreAsync();
        var deep = await DepthsAsync(store, new NodeCriteria { Under = City, MinDepth = 4, Labels = [Labels.Household, Labels.Person] });
        Assert.Equal(Sorted(Household(1), Household(2), Household(3), Household(4), Household(5), Li, Wang), deep.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(deep.Values, d => Assert.Equal(4, d));

        Assert.Equal(21, (await DepthsAsync(store, new NodeCriteria { Under = City, MinDepth = 0, MaxDepth = 50 })).Count);
        Assert.All((await store.FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10), Ct)).Items, i => Assert.Null(i.Depth));
    }

    // ---- relationship counts ----

    [SkippableFact]
    public async Task CountFiltersKeepNodesWhoseNumberOfValidRelationshipsLiesInTheRange()
    {
        var store = await StoreWithAnEndedLinkAsync();
        var people = NodeCriteria.OfLabel(Labels.Person);
        RelationshipFilter Links(int? min, int? max) => new(RelTypes.Links, Direction.Out) { MinCount = min, MaxCount = max };

        Assert.Equal([Li], await IdsAsync(store, people with { Relationships = [Links(2, null)] }));
        Assert.Equal(Sorted(Wang, Zhao, Leader), await IdsAsync(store, people with { Relationships = [Links(null, 1)] }));
        Assert.Equal([Wang], await IdsAsync(store, people with { Relationships = [Links(1, 1)] }));
        Assert.Equal(Sorted(Li, Wang), await IdsAsync(store, people with { Relationships = [Links(2, 3)], AsOf = new DateOnly(2015, 6, 1) }));
        Assert.Equal(Sorted(Household(4), Household(6), Household(7)), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In) { MaxCount = 0 }],
        }));
        Assert.Equal(Sorted(Gangkou, Shanmen), await IdsAsync(store, new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.Oversees, Direction.Out) { MinCount = 2, MaxCount = 2 }, new RelationshipFilter(RelTypes.Oversees, Direction.In)],
        }));
    }

    // ---- neighbour targets ----

    [SkippableFact]
    public async Task NeighbourTargetsFilterBeforePagingAndCounting()
    {
        var store = await SeededStoreAsync();
        var bigHouseholds = new NodeCriteria { Properties = [new PropertyFilter(Props.Size, FilterOp.GreaterOrEqual, 3L)] };

        var first = await store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 1) { Target = bigHouseholds }, Ct);
        Assert.Equal([Household(1)], first[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(2, first[Li].TotalCount);
        Assert.True(first[Li].HasNextPage);
        var second = await store.GetNeighboursAsync(
            new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 1, first[Li].Items[0].Cursor) { Target = bigHouseholds }, Ct);
        Assert.Equal([Household(3)], second[Li].Items.Select(n => n.Node.Id));
        Assert.False(second[Li].HasNextPage);

        var byName = await store.GetNeighboursAsync(
            new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 5) { Target = new NodeCriteria { NameContains = "陈" } }, Ct);
        Assert.Equal([Household(2)], byName[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(1, byName[Li].TotalCount);

        var withTwoGroups = await store.GetNeighboursAsync(new NeighbourQuery([Gangkou, Xialin], RelTypes.Oversees, Direction.Out, 5)
        {
            Target = new NodeCriteria { Relationships = [new RelationshipFilter(RelTypes.Oversees, Direction.Out) { MinCount = 2 }], Under = Xialin },
        }, Ct);
        Assert.Equal([Shanmen], withTwoGroups[Gangkou].Items.Select(n => n.Node.Id));
        Assert.Equal(1, withTwoGroups[Gangkou].TotalCount);
        Assert.Equal(0, withTwoGroups[Xialin].TotalCount);

        var noVillagesUnderTheCity = await store.GetNeighboursAsync(
            new NeighbourQuery([City], RelTypes.Oversees, Direction.Out, 5) { Target = NodeCriteria.OfLabel(Labels.Village) }, Ct);
        Assert.Equal(0, noVillagesUnderTheCity[City].TotalCount);
    }

    // ---- ancestors ----

    [SkippableFact]
    public async Task AncestorsComeNearestFirstAndEndAtTheRoot()
    {
        var store = await SeededStoreAsync();
        var ancestors = await store.GetAncestorsAsync([Household(1), Li, Zhao, Household(6), City, "hh:none"], Ct);

        Assert.Equal(5, ancestors.Count);
        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou, City], ancestors[Household(1)]);
        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou, City], ancestors[Li]);
        Assert.Equal([Dongcun, Gangkou, City], ancestors[Zhao]);
        Assert.Equal([City], ancestors[Household(6)]);
        Assert.Empty(ancestors[City]);
        Assert.False(ancestors.ContainsKey("hh:none"));
    }

    // ---- adjacency ----

    [SkippableFact]
    public async Task AdjacencyReturnsRelationshipsInBothDirectionsOnce()
    {
        var store = await SeededStoreAsync();

        var li = await store.GetAdjacentAsync([Li], null, null, Ct);
        Assert.Equal(Sorted("r:li-member", "r:li-hosts", "r:li-links-1", "r:li-links-2", "r:li-links-3"),
            li.Select(r => r.Id).Order(StringComparer.Ordinal).ToList());

        var group = await store.GetAdjacentAsync([ShanmenGroup1], [RelTypes.Oversees, RelTypes.MemberOf], null, Ct);
        Assert.Equal(Sorted("r:shanmen-g1", "r:g1-ch", "r:li-member"), group.Select(r => r.Id).Order(StringComparer.Ordinal).ToList());
        var incoming = Assert.Single(group, r => r.Id == "r:shanmen-g1");
        Assert.Equal((RelTypes.Oversees, Shanmen, ShanmenGroup1), (incoming.Type, incoming.StartId, incoming.EndId));

        var both = await store.GetAdjacentAsync([Li, Household(1), Household(2)], [RelTypes.Links], null, Ct);
        Assert.Equal(Sorted("r:li-links-1", "r:li-links-2", "r:li-links-3"), both.Select(r => r.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(2024L, Assert.Single(both, r => r.Id == "r:li-links-1").Properties[Props.Since]);

        Assert.Empty(await store.GetAdjacentAsync(["hh:none"], null, null, Ct));
        Assert.Empty(await store.GetAdjacentAsync([Li], [], null, Ct));
    }

    [SkippableFact]
    public async Task AdjacencyFollowsOnlyRelationshipsValidAtTheDate()
    {
        var store = await StoreWithAnEndedLinkAsync();
        Assert.Equal(["r:cov-7"], (await store.GetAdjacentAsync([Household(7)], null, null, Ct)).Select(r => r.Id));
        Assert.Equal(Sorted("r:cov-7", "r:wang-links-7"),
            (await store.GetAdjacentAsync([Household(7)], null, new DateOnly(2015, 6, 1), Ct)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["r:wang-links-5"], (await store.GetAdjacentAsync([Wang], [RelTypes.Links], null, Ct)).Select(r => r.Id));
    }

    // ---- coverage ----

    [SkippableFact]
    public async Task CoverageCountsHouseholdsLinksAndMembersUnderEachUnit()
    {
        var store = await StoreWithAnEndedLinkAsync();
        var coverage = await store.GetCoverageAsync([City, Gangkou, Xialin, Shanmen, Dongcun, "township:none"], Ct);

        Assert.Equal(5, coverage.Count);
        // hh:1..7; linked now: 1, 2, 3 (Li) and 5 (Wang); members: Li, Wang, the leader (Zhao is no member).
        Assert.Equal(new CoverageFigures(City, 7, 4, 3, 2, 3, 1), coverage[City]);
        Assert.Equal(new CoverageFigures(Gangkou, 5, 3, 1, 1, 3, 1), coverage[Gangkou]);
        Assert.Equal(new CoverageFigures(Xialin, 1, 1, 1, 1, 1, 0), coverage[Xialin]);
        Assert.Equal(new CoverageFigures(Shanmen, 3, 3, 1, 1, 3, 1), coverage[Shanmen]);
        Assert.Equal(new CoverageFigures(Dongcun, 2, 0, 0, 0, 0, 0), coverage[Dongcun]);
        Assert.Equal(2, coverage[Gangkou].Unassigned);
        Assert.Equal(0.6, coverage[Gangkou].Ratio);
    }
}
