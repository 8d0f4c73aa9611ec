using GovGraph.Domain.Model;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>Sorting finds and neighbour lists by a stored property (a queue of cases oldest first).</summary>
public abstract partial class GraphStoreContract
{
    private static readonly NodeOrder OldestFirst = NodeOrder.ByProperty(Props.CreatedAt);

    private static readonly NodeCriteria Cases = NodeCriteria.OfLabel(Labels.ServiceRequest);

    /// <summary>
    /// Five cases written out of time order under hh:1 (shanmen) and hh:5 (xicun): req:a and req:c raised at the same
    /// instant (req:a written first), req:d without <c>createdAt</c>. All but req:d are assigned to Li, req:d to Wang.
    /// Oldest first: b, e, a, c, then d.
    /// </summary>
    private async Task<IGraphStore> StoreWithCasesAsync()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        void Case(string id, string household, string? createdAt, string status, string assignee)
        {
            var properties = new List<(string, object?)> { (Props.Status, status) };
            if (createdAt is not null)
            {
                properties.Add((Props.CreatedAt, createdAt));
            }

            batch.CreateNodes.Add(NewNode(id, Labels.ServiceRequest, [.. properties]));
            batch.CreateRelationships.Add(NewRel("r:raised-" + id, RelTypes.RaisedBy, id, household));
            batch.CreateRelationships.Add(NewRel("r:assigned-" + id, RelTypes.AssignedTo, id, assignee));
        }

        Case("req:a", Household(1), "2024-03-01T08:00:00.0000000Z", "DISPATCHED", Li);
        Case("req:b", Household(1), "2023-12-31T23:59:59.9999999Z", "CLOSED", Li);
        Case("req:c", Household(5), "2024-03-01T08:00:00.0000000Z", "ACCEPTED", Li);
        Case("req:d", Household(1), null, "DISPATCHED", Wang);
        Case("req:e", Household(1), "2024-01-15T00:00:00.0000000Z", "DISPATCHED", Li);
        await store.WriteAsync(batch, Ct);
        return store;
    }

    [SkippableFact]
    public async Task CasesSortByAStoredInstantWithTiesInInsertionOrderAndMissingOnesLastBothWays()
    {
        var store = await StoreWithCasesAsync();

        Assert.Equal(["req:b", "req:e", "req:a", "req:c", "req:d"], await OrderedIdsAsync(store, Cases, OldestFirst));
        Assert.Equal(["req:a", "req:c", "req:e", "req:b", "req:d"], await OrderedIdsAsync(store, Cases, OldestFirst with { Descending = true }));
    }

    [SkippableFact]
    public async Task APropertyOrderCombinesWithFiltersAndTheScope()
    {
        var store = await StoreWithCasesAsync();
        var open = Cases with { Properties = [new PropertyFilter(Props.Status, FilterOp.In, new[] { "DISPATCHED", "ACCEPTED" })] };

        Assert.Equal(["req:e", "req:a", "req:c", "req:d"], await OrderedIdsAsync(store, open, OldestFirst));
        Assert.Equal(["req:e", "req:a", "req:d"], await OrderedIdsAsync(store, open with { Within = Shanmen }, OldestFirst));
        var page = await store.FindNodesAsync(new NodeQuery(open with { Within = Xialin }, 10) { Order = OldestFirst }, Ct);
        Assert.Equal(["req:c"], page.Items.Select(i => i.Node.Id));
        Assert.Equal(1, page.TotalCount);
    }

    [SkippableFact]
    public async Task PagingAPropertyOrderCoversEveryCaseOnceInOrderWithTheTotalOnEachPage()
    {
        var store = await StoreWithCasesAsync();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await store.FindNodesAsync(new NodeQuery(Cases, 2, after) { Order = OldestFirst }, Ct);
            Assert.Equal(5, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Node.Id));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["req:b", "req:e", "req:a", "req:c", "req:d"], seen);

        var insertionCursor = (await store.FindNodesAsync(new NodeQuery(Cases, 1), Ct)).Items[0].Cursor;
        var refused = await Assert.ThrowsAsync<StoreException>(() =>
            store.FindNodesAsync(new NodeQuery(Cases, 1, insertionCursor) { Order = OldestFirst }, Ct));
        Assert.Equal(StoreException.InvalidCursor, refused.Code);
    }

    [SkippableFact]
    public async Task NeighboursSortByAStoredPropertyAndPageInThatOrder()
    {
        var store = await StoreWithCasesAsync();
        var query = new NeighbourQuery([Li, Wang], RelTypes.AssignedTo, Direction.In, 2) { Order = OldestFirst };

        var first = await store.GetNeighboursAsync(query, Ct);
        Assert.Equal(["req:b", "req:e"], first[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(4, first[Li].TotalCount);
        Assert.True(first[Li].HasNextPage);
        Assert.Equal(["req:d"], first[Wang].Items.Select(n => n.Node.Id));

        var second = await store.GetNeighboursAsync(query with { Ids = [Li], After = first[Li].Items[^1].Cursor }, Ct);
        Assert.Equal(["req:a", "req:c"], second[Li].Items.Select(n => n.Node.Id));
        Assert.False(second[Li].HasNextPage);

        var open = new NodeCriteria { Properties = [new PropertyFilter(Props.Status, FilterOp.Equals, "DISPATCHED")] };
        var filtered = await store.GetNeighboursAsync(
            query with { Ids = [Li], First = 10, Target = open, Order = OldestFirst with { Descending = true } }, Ct);
        Assert.Equal(["req:a", "req:e"], filtered[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(2, filtered[Li].TotalCount);
    }
}
