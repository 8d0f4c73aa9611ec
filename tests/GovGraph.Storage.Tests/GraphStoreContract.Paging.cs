using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>Backward pages (Relay's <c>last</c>/<c>before</c>): node lists, neighbour lists and the change log.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly NodeCriteria Households = NodeCriteria.OfLabel(Labels.Household);

    /// <summary>Pages of <paramref name="size"/> from the list's end back to its start, each page in list order.</summary>
    private static async Task<List<NodePage>> PagesBackwardAsync(IGraphStore store, NodeQuery query, int size)
    {
        var pages = new List<NodePage>();
        string? before = null;
        do
        {
            var page = await store.FindNodesAsync(query with { First = size, Backward = true, Before = before }, Ct);
            pages.Add(page);
            before = page.HasPreviousPage ? page.Items[0].Cursor : null;
        }
        while (before is not null && pages.Count < 10);

        return pages;
    }

    [SkippableFact]
    public async Task BackwardPagesInInsertionOrderWalkFromTheEndToTheStartInListOrder()
    {
        var store = await SeededStoreAsync();
        var forward = (await store.FindNodesAsync(new NodeQuery(Households, 100), Ct)).Items.Select(i => i.Node.Id).ToList();

        var pages = await PagesBackwardAsync(store, new NodeQuery(Households, 0), 4);

        Assert.Equal([[Household(3), Household(4), Household(5), Household(6)], [Household(1), Household(2)]],
            pages.Select(p => p.Items.Select(i => i.Node.Id).ToList()));
        Assert.Equal(forward, pages.AsEnumerable().Reverse().SelectMany(p => p.Items).Select(i => i.Node.Id));
        Assert.All(pages, p => Assert.Equal(6, p.TotalCount));
        Assert.Equal([true, false], pages.Select(p => p.HasPreviousPage));
        Assert.Equal([false, true], pages.Select(p => p.HasNextPage));
    }

    [SkippableFact]
    public async Task BackwardPagesInASortedOrderWalkFromTheEndToTheStartInThatOrder()
    {
        var store = await SeededStoreAsync();
        var byName = new NodeQuery(Households, 0) { Order = NodeOrder.ByName };

        var pages = await PagesBackwardAsync(store, byName, 4);

        Assert.Equal([[Household(5), Household(4), Household(1), Household(2)], [Household(6), Household(3)]],
            pages.Select(p => p.Items.Select(i => i.Node.Id).ToList()));
        Assert.Equal([true, false], pages.Select(p => p.HasPreviousPage));
        Assert.Equal([false, true], pages.Select(p => p.HasNextPage));
        Assert.All(pages, p => Assert.Equal(6, p.TotalCount));
    }

    [SkippableFact]
    public async Task AnEdgeCursorOfAForwardPageUsedAsBeforeGivesTheNodesBeforeItInEitherOrder()
    {
        var store = await SeededStoreAsync();
        foreach (var order in new NodeOrder?[] { null, NodeOrder.ByName })
        {
            var all = (await store.FindNodesAsync(new NodeQuery(Households, 100) { Order = order }, Ct)).Items;
            var before = await store.FindNodesAsync(
                new NodeQuery(Households, 2) { Order = order, Backward = true, Before = all[3].Cursor, IncludeTotal = false }, Ct);

            Assert.Equal(all.Skip(1).Take(2).Select(i => (i.Node.Id, i.Cursor)), before.Items.Select(i => (i.Node.Id, i.Cursor)));
            Assert.True(before.HasPreviousPage);
            Assert.True(before.HasNextPage);

            // And a backward page's cursor works forwards: after the first of those comes the next one.
            var after = await store.FindNodesAsync(new NodeQuery(Households, 1, before.Items[0].Cursor) { Order = order }, Ct);
            Assert.Equal(all[2].Node.Id, after.Items.Single().Node.Id);
            Assert.True(after.HasPreviousPage);
        }
    }

    [SkippableFact]
    public async Task ABackwardPageFromTheFirstEdgeIsEmptyAndACursorOfTheOtherKindIsRefused()
    {
        var store = await SeededStoreAsync();
        var first = (await store.FindNodesAsync(new NodeQuery(Households, 1), Ct)).Items[0].Cursor;
        var sortedFirst = (await store.FindNodesAsync(new NodeQuery(Households, 1) { Order = NodeOrder.ByName }, Ct)).Items[0].Cursor;

        var none = await store.FindNodesAsync(new NodeQuery(Households, 3) { Backward = true, Before = first }, Ct);
        Assert.Empty(none.Items);
        Assert.False(none.HasPreviousPage);
        var sortedNone = await store.FindNodesAsync(new NodeQuery(Households, 3) { Order = NodeOrder.ByName, Backward = true, Before = sortedFirst }, Ct);
        Assert.Empty(sortedNone.Items);
        Assert.False(sortedNone.HasPreviousPage);

        var refused = await Assert.ThrowsAsync<StoreException>(() =>
            store.FindNodesAsync(new NodeQuery(Households, 3) { Order = NodeOrder.ByName, Backward = true, Before = first }, Ct));
        Assert.Equal(StoreException.InvalidCursor, refused.Code);
    }

    [SkippableFact]
    public async Task NeighbourListsPageBackwardsPerNodeInRelationshipAndInSortedOrder()
    {
        var store = await SeededStoreAsync();
        var links = new NeighbourQuery([Li, Wang], RelTypes.Links, Direction.Out, 2) { Backward = true };

        var last = await store.GetNeighboursAsync(links, Ct);
        Assert.Equal([Household(2), Household(3)], last[Li].Items.Select(n => n.Node.Id));
        Assert.True(last[Li].HasPreviousPage);
        Assert.False(last[Li].HasNextPage);
        Assert.Equal(3, last[Li].TotalCount);
        Assert.Equal([Household(5)], last[Wang].Items.Select(n => n.Node.Id));
        Assert.False(last[Wang].HasPreviousPage);

        var earlier = await store.GetNeighboursAsync(links with { Ids = [Li], Before = last[Li].Items[0].Cursor }, Ct);
        Assert.Equal([Household(1)], earlier[Li].Items.Select(n => n.Node.Id));
        Assert.False(earlier[Li].HasPreviousPage);
        Assert.True(earlier[Li].HasNextPage);
        Assert.Equal("r:li-links-1", earlier[Li].Items[0].Relationship.Id);

        // By name Li's households are 刘 (3), 张 (1), 陈 (2).
        var byName = links with { Ids = [Li], Order = NodeOrder.ByName };
        var sortedLast = await store.GetNeighboursAsync(byName, Ct);
        Assert.Equal([Household(1), Household(2)], sortedLast[Li].Items.Select(n => n.Node.Id));
        Assert.True(sortedLast[Li].HasPreviousPage);
        var sortedEarlier = await store.GetNeighboursAsync(byName with { Before = sortedLast[Li].Items[0].Cursor }, Ct);
        Assert.Equal([Household(3)], sortedEarlier[Li].Items.Select(n => n.Node.Id));
        Assert.False(sortedEarlier[Li].HasPreviousPage);
        Assert.True(sortedEarlier[Li].HasNextPage);

        var forward = await store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 5) { Order = NodeOrder.ByName }, Ct);
        Assert.Equal(forward[Li].Items.Select(n => n.Cursor), sortedEarlier[Li].Items.Concat(sortedLast[Li].Items).Select(n => n.Cursor));
    }

    [SkippableFact]
    public async Task TheChangeLogPagesBackwardsFromTheNewestEventAndBeforeACursor()
    {
        var store = await SeededStoreAsync();
        await AddHouseholdSevenAsync(store);
        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var node = NewNode("person:new", Labels.Person, (Props.Name, "新人"), (Props.PartyMember, true));
            await tx.InsertNodeAsync(node, ct);
            tx.Append(Created(node));
            var member = NewRel("r:new-member", RelTypes.MemberOf, "person:new", XicunGroup);
            await tx.InsertRelationshipAsync(member, ct);
            tx.Append(RelationshipCreated(member));
            return 0;
        }, Ct);

        var newest = await store.ReadChangesAsync(new ChangeQuery(0, 3) { Backward = true }, Ct);
        Assert.Equal([2L, 3L, 4L], newest.Events.Select(e => e.Cursor));
        Assert.True(newest.HasPrevious);
        Assert.False(newest.HasNext);

        var older = await store.ReadChangesAsync(new ChangeQuery(0, 3) { Backward = true, Before = 2 }, Ct);
        Assert.Equal([1L], older.Events.Select(e => e.Cursor));
        Assert.False(older.HasPrevious);
        Assert.True(older.HasNext);

        var created = await store.ReadChangesAsync(
            new ChangeQuery(0, 1) { Backward = true, Before = 4, Types = [ChangeType.NodeCreated], Under = Xialin }, Ct);
        Assert.Equal([3L], created.Events.Select(e => e.Cursor));
        Assert.False(created.HasPrevious);
        var createdAnywhere = await store.ReadChangesAsync(
            new ChangeQuery(0, 1) { Backward = true, Before = 4, Types = [ChangeType.NodeCreated] }, Ct);
        Assert.Equal([3L], createdAnywhere.Events.Select(e => e.Cursor));
        Assert.True(createdAnywhere.HasPrevious);

        var beyond = await Assert.ThrowsAsync<StoreException>(() =>
            store.ReadChangesAsync(new ChangeQuery(0, 3) { Backward = true, Before = 5 }, Ct));
        Assert.Equal(StoreException.InvalidCursor, beyond.Code);
    }
}
