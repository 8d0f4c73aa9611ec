using GovGraph.Domain.Model;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>Sorting finds and neighbour lists by name, by counts under each node and by relationship counts.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly NodeOrder ByUnassignedHouseholds = new(NodeOrderKey.CountUnder)
    {
        CountUnder = new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        },
    };

    private static readonly NodeOrder ByLinksOut = new(NodeOrderKey.RelationshipCount) { Relationship = (RelTypes.Links, Direction.Out) };

    private static async Task<List<string>> OrderedIdsAsync(IGraphStore store, NodeCriteria criteria, NodeOrder order)
    {
        var page = await store.FindNodesAsync(new NodeQuery(criteria, 100) { Order = order }, Ct);
        return page.Items.Select(i => i.Node.Id).ToList();
    }

    [SkippableFact]
    public async Task HouseholdsSortByNameInCodePointOrderWithNamelessOnesLastBothWays()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(NewNode(Household(7), Labels.Household, (Props.Size, 2L)));
        await store.WriteAsync(batch, Ct);
        var households = NodeCriteria.OfLabel(Labels.Household);

        // 'R' (U+0052) < 刘 (U+5218) < 吴 (U+5434) < 周 (U+5468) < 张 (U+5F20) < 陈 (U+9648).
        Assert.Equal(
            [Household(6), Household(3), Household(5), Household(4), Household(1), Household(2), Household(7)],
            await OrderedIdsAsync(store, households, NodeOrder.ByName));
        Assert.Equal(
            [Household(2), Household(1), Household(4), Household(5), Household(3), Household(6), Household(7)],
            await OrderedIdsAsync(store, households, NodeOrder.ByName with { Descending = true }));
    }

    [SkippableFact]
    public async Task VillagesSortByUnassignedHouseholdsUnderThemWithTiesInInsertionOrder()
    {
        var store = await SeededStoreAsync();
        var villages = NodeCriteria.OfLabel(Labels.Village);
        Assert.Equal([Dongcun, Shanmen, Xicun], await OrderedIdsAsync(store, villages, ByUnassignedHouseholds with { Descending = true }));
        Assert.Equal([Shanmen, Xicun, Dongcun], await OrderedIdsAsync(store, villages, ByUnassignedHouseholds));

        var byHouseholds = new NodeOrder(NodeOrderKey.CountUnder, Descending: true) { CountUnder = NodeCriteria.OfLabel(Labels.Household) };
        Assert.Equal([Shanmen, Dongcun, Xicun], await OrderedIdsAsync(store, villages, byHouseholds));
    }

    [SkippableFact]
    public async Task PeopleSortByHowManyCurrentLinksTheyHave()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateRelationships.Add(NewRel("r:zhao-links-4-old", RelTypes.Links, Zhao, Household(4), (Props.Until, "2001-01-01")));
        batch.CreateRelationships.Add(NewRel("r:zhao-links-6-old", RelTypes.Links, Zhao, Household(6), (Props.Until, "2001-01-01")));
        await store.WriteAsync(batch, Ct);
        var people = NodeCriteria.OfLabel(Labels.Person);

        Assert.Equal([Li, Wang, Zhao, Leader], await OrderedIdsAsync(store, people, ByLinksOut with { Descending = true }));
        Assert.Equal([Zhao, Leader, Wang, Li], await OrderedIdsAsync(store, people, ByLinksOut));
    }

    [SkippableFact]
    public async Task PagingASortedFindCoversEveryNodeOnceWithTheTotalOnEachPage()
    {
        var store = await SeededStoreAsync();
        var households = NodeCriteria.OfLabel(Labels.Household);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await store.FindNodesAsync(new NodeQuery(households, 4, after) { Order = NodeOrder.ByName }, Ct);
            Assert.Equal(6, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Node.Id));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(2, pages);
        Assert.Equal([Household(6), Household(3), Household(5), Household(4), Household(1), Household(2)], seen);
    }

    [SkippableFact]
    public async Task ACursorOfTheOtherKindIsRejectedWithInvalidCursor()
    {
        var store = await SeededStoreAsync();
        var households = NodeCriteria.OfLabel(Labels.Household);
        var insertionCursor = (await store.FindNodesAsync(new NodeQuery(households, 1), Ct)).Items[0].Cursor;
        var sortedCursor = (await store.FindNodesAsync(new NodeQuery(households, 1) { Order = NodeOrder.ByName }, Ct)).Items[0].Cursor;

        var intoSorted = await Assert.ThrowsAsync<StoreException>(() =>
            store.FindNodesAsync(new NodeQuery(households, 1, insertionCursor) { Order = NodeOrder.ByName }, Ct));
        Assert.Equal(StoreException.InvalidCursor, intoSorted.Code);
        var intoInsertion = await Assert.ThrowsAsync<StoreException>(() =>
            store.FindNodesAsync(new NodeQuery(households, 1, sortedCursor), Ct));
        Assert.Equal(StoreException.InvalidCursor, intoInsertion.Code);

        var relationshipCursor = (await store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 1), Ct))[Li].Items[0].Cursor;
        var intoSortedNeighbours = await Assert.ThrowsAsync<StoreException>(() =>
            store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 1, relationshipCursor) { Order = NodeOrder.ByName }, Ct));
        Assert.Equal(StoreException.InvalidCursor, intoSortedNeighbours.Code);
    }

    [SkippableFact]
    public async Task NeighboursSortByNameAndPageInThatOrder()
    {
        var store = await SeededStoreAsync();
        var query = new NeighbourQuery([Li, Wang], RelTypes.Links, Direction.Out, 2) { Order = NodeOrder.ByName };

        var first = await store.GetNeighboursAsync(query, Ct);
        Assert.Equal([Household(3), Household(1)], first[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(3, first[Li].TotalCount);
        Assert.True(first[Li].HasNextPage);
        Assert.Equal([Household(5)], first[Wang].Items.Select(n => n.Node.Id));

        var second = await store.GetNeighboursAsync(query with { Ids = [Li], After = first[Li].Items[^1].Cursor }, Ct);
        Assert.Equal([Household(2)], second[Li].Items.Select(n => n.Node.Id));
        Assert.False(second[Li].HasNextPage);
        Assert.Equal(3, second[Li].TotalCount);

        var descending = await store.GetNeighboursAsync(query with { First = 5, Order = NodeOrder.ByName with { Descending = true } }, Ct);
        Assert.Equal([Household(2), Household(1), Household(3)], descending[Li].Items.Select(n => n.Node.Id));
    }

    [SkippableFact]
    public async Task NeighboursSortByCountsUnderThemAndByTheirRelationshipCounts()
    {
        var store = await SeededStoreAsync();
        var byHouseholds = new NodeOrder(NodeOrderKey.CountUnder) { CountUnder = NodeCriteria.OfLabel(Labels.Household) };
        var villages = await store.GetNeighboursAsync(
            new NeighbourQuery([Gangkou], RelTypes.Oversees, Direction.Out, 5) { Order = byHouseholds }, Ct);
        Assert.Equal([Dongcun, Shanmen], villages[Gangkou].Items.Select(n => n.Node.Id));
        var descending = await store.GetNeighboursAsync(
            new NeighbourQuery([Gangkou], RelTypes.Oversees, Direction.Out, 5) { Order = byHouseholds with { Descending = true } }, Ct);
        Assert.Equal([Shanmen, Dongcun], descending[Gangkou].Items.Select(n => n.Node.Id));

        var byCovered = new NodeOrder(NodeOrderKey.RelationshipCount, Descending: true) { Relationship = (RelTypes.Covers, Direction.Out) };
        var groups = await store.GetNeighboursAsync(
            new NeighbourQuery([Shanmen], RelTypes.Oversees, Direction.Out, 5) { Order = byCovered }, Ct);
        Assert.Equal([ShanmenGroup1, ShanmenGroup2], groups[Shanmen].Items.Select(n => n.Node.Id));
        Assert.Equal([ShanmenGroup2, ShanmenGroup1], (await store.GetNeighboursAsync(
            new NeighbourQuery([Shanmen], RelTypes.Oversees, Direction.Out, 5) { Order = byCovered with { Descending = false } }, Ct))[Shanmen].Items.Select(n => n.Node.Id));
    }
}
