using GovGraph.Domain.Model;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>Relationship validity (<c>since</c> / <c>until</c>): what is current, and what held at an earlier date.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateOnly LongAgo = new(2005, 1, 1);
    private static readonly DateOnly WhileItHeld = new(2015, 6, 1);
    private static readonly DateOnly FarFuture = new(2999, 6, 1);

    /// <summary>The sample graph plus hh:7 in Dongcun's group, linked by Wang from 2010 until 2020 only.</summary>
    private async Task<IGraphStore> StoreWithAnEndedLinkAsync()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(NewNode(Household(7), Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L)));
        batch.CreateRelationships.Add(NewRel("r:cov-7", RelTypes.Covers, DongcunGroup, Household(7)));
        batch.CreateRelationships.Add(NewRel("r:wang-links-7", RelTypes.Links, Wang, Household(7),
            (Props.Since, "2010-01-01"), (Props.Until, "2020-01-01")));
        await store.WriteAsync(batch, Ct);
        return store;
    }

    [SkippableFact]
    public async Task ALinkThatEndedIsNoNeighbourNowButIsAtADateWhileItHeld()
    {
        var store = await StoreWithAnEndedLinkAsync();

        var now = await store.GetNeighboursAsync(new NeighbourQuery([Wang, Household(7)], RelTypes.Links, Direction.Out, 10), Ct);
        Assert.Equal([Household(5)], now[Wang].Items.Select(n => n.Node.Id));
        Assert.Equal(1, now[Wang].TotalCount);

        var then = await store.GetNeighboursAsync(new NeighbourQuery([Wang], RelTypes.Links, Direction.Out, 10) { AsOf = WhileItHeld }, Ct);
        Assert.Equal([Household(5), Household(7)], then[Wang].Items.Select(n => n.Node.Id));
        Assert.Equal(2, then[Wang].TotalCount);

        var before = await store.GetNeighboursAsync(new NeighbourQuery([Wang], RelTypes.Links, Direction.Out, 10) { AsOf = LongAgo }, Ct);
        Assert.Equal([Household(5)], before[Wang].Items.Select(n => n.Node.Id));

        var incoming = await store.GetNeighboursAsync(new NeighbourQuery([Household(7)], RelTypes.Links, Direction.In, 10), Ct);
        Assert.Equal(0, incoming[Household(7)].TotalCount);
        Assert.Empty(incoming[Household(7)].Items);
    }

    [SkippableFact]
    public async Task AHouseholdWhoseOnlyLinkEndedCountsAsUnassignedNowButNotWhileItHeld()
    {
        var store = await StoreWithAnEndedLinkAsync();
        var unassigned = new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        };

        Assert.Equal(Sorted(Household(4), Household(6), Household(7)), await IdsAsync(store, unassigned));
        // In 2015 hh:7 was linked, while Li's link to hh:1 (since 2024) had not started.
        Assert.Equal(Sorted(Household(1), Household(4), Household(6)), await IdsAsync(store, unassigned with { AsOf = WhileItHeld }));
        Assert.Equal(2, await store.CountNodesAsync(unassigned with { Under = Dongcun, AsOf = null }, Ct));
    }

    [SkippableFact]
    public async Task ALinkThatStartsInTheFutureIsNotValidYet()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateRelationships.Add(NewRel("r:zhao-links-4", RelTypes.Links, Zhao, Household(4), (Props.Since, "2999-01-01")));
        await store.WriteAsync(batch, Ct);

        var now = await store.GetNeighboursAsync(new NeighbourQuery([Zhao], RelTypes.Links, Direction.Out, 10), Ct);
        Assert.Equal(0, now[Zhao].TotalCount);
        var later = await store.GetNeighboursAsync(new NeighbourQuery([Zhao], RelTypes.Links, Direction.Out, 10) { AsOf = FarFuture }, Ct);
        Assert.Equal([Household(4)], later[Zhao].Items.Select(n => n.Node.Id));

        var unassigned = new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        };
        Assert.Equal(Sorted(Household(4), Household(6)), await IdsAsync(store, unassigned));
        Assert.Equal([Household(6)], await IdsAsync(store, unassigned with { AsOf = FarFuture }));
        Assert.Empty(await store.GetAdjacentAsync([Household(4)], [RelTypes.Links], null, Ct));
    }

    [SkippableFact]
    public async Task PlacementFollowsTheCurrentCoversOnceTheOldOneHasEnded()
    {
        var store = await SeededStoreAsync();
        var first = new GraphWriteBatch();
        first.CreateNodes.Add(NewNode(Household(7), Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L)));
        first.CreateRelationships.Add(NewRel("r:cov-7-old", RelTypes.Covers, ShanmenGroup1, Household(7), (Props.Until, "2000-01-01")));
        await store.WriteAsync(first, Ct);

        // An ended COVERS places nothing: the household sits under the city only.
        Assert.DoesNotContain(Household(7), await IdsAsync(store, new NodeCriteria { Under = Gangkou }));
        Assert.Equal([City], (await store.GetAncestorsAsync([Household(7)], Ct))[Household(7)]);

        var second = new GraphWriteBatch();
        second.CreateRelationships.Add(NewRel("r:cov-7-new", RelTypes.Covers, XicunGroup, Household(7), (Props.Since, "2000-01-01")));
        await store.WriteAsync(second, Ct);

        Assert.Contains(Household(7), await IdsAsync(store, new NodeCriteria { Under = Xialin }));
        Assert.DoesNotContain(Household(7), await IdsAsync(store, new NodeCriteria { Under = ShanmenGroup1 }));
        Assert.Equal([XicunGroup, Xicun, Xialin, City], (await store.GetAncestorsAsync([Household(7)], Ct))[Household(7)]);
        Assert.Equal(2, (await store.GetCoverageAsync([Xialin], Ct))[Xialin].Households);
    }
}
