using System.Text;
using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Editing;
using GovGraph.Storage.Interchange;
using GovGraph.Storage.Scoping;
using GovGraph.Storage.Writing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>
/// <see cref="ScopedGraphStore"/>: a caller's view of the store. Everything outside the scope behaves as absent,
/// for every read, and writes naming it are refused as if it did not exist.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly GraphEditor Editor = new();

    private async Task<(IGraphStore Store, ScopedGraphStore Scoped)> ScopedAsync(string scope)
    {
        var store = await SeededStoreAsync();
        return (store, new ScopedGraphStore(store, scope));
    }

    [SkippableFact]
    public async Task AScopedViewGetsOnlyVisibleNodesInTheOrderAsked()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);

        var nodes = await scoped.GetNodesAsync([Household(1), Household(5), Shanmen, Gangkou, City, "hh:999", Household(1)], Ct);

        Assert.Equal([Household(1), Shanmen, Gangkou], nodes.Select(n => n.Id));
        Assert.Equal("张山门", nodes[0].Name);
        Assert.Empty(await scoped.GetNodesAsync([], Ct));
        Assert.Equal(Gangkou, scoped.Scope);
    }

    [SkippableFact]
    public async Task AnUnknownScopeSeesNothing()
    {
        var (_, scoped) = await ScopedAsync("township:none");

        Assert.Empty(await scoped.GetNodesAsync([City, Gangkou, Household(1)], Ct));
        Assert.Equal(0, await scoped.CountNodesAsync(new NodeCriteria(), Ct));
        Assert.Empty((await scoped.FindNodesAsync(new NodeQuery(new NodeCriteria(), 10), Ct)).Items);
        Assert.Empty(await scoped.GetAncestorsAsync([Household(1), City], Ct));
        Assert.Empty(await scoped.GetCoverageAsync([City, Gangkou], Ct));
    }

    [SkippableFact]
    public async Task AScopedViewFindsCountsAndSumsOnlyInsideItsScope()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);
        var unassigned = new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        };

        var page = await scoped.FindNodesAsync(new NodeQuery(unassigned, 10), Ct);
        Assert.Equal([Household(4)], page.Items.Select(i => i.Node.Id));
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(13, await scoped.CountNodesAsync(new NodeCriteria(), Ct));
        Assert.Equal(14, await scoped.SumAsync(NodeCriteria.OfLabel(Labels.Household), Props.Size, Ct));
        Assert.Equal(0, await scoped.CountNodesAsync(new NodeCriteria { Under = Xialin }, Ct));

        // A scope in the caller's criteria cannot widen the view.
        Assert.Equal(Sorted(Shanmen, Dongcun), await IdsAsync(scoped, new NodeCriteria { Labels = [Labels.Village], Within = City }));
    }

    [SkippableFact]
    public async Task AScopedViewListsAndCountsOnlyVisibleNeighbours()
    {
        var (store, scoped) = await ScopedAsync(ShanmenGroup1);

        var pages = await scoped.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 10), Ct);
        Assert.Equal([Household(1), Household(2)], pages[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(2, pages[Li].TotalCount);

        var filtered = await scoped.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 10)
        {
            Target = new NodeCriteria { Properties = [new PropertyFilter(Props.Size, FilterOp.GreaterOrEqual, 3L)] },
        }, Ct);
        Assert.Equal([Household(1)], filtered[Li].Items.Select(n => n.Node.Id));

        var township = new ScopedGraphStore(store, Gangkou);
        var contacts = await township.GetNeighboursAsync(new NeighbourQuery([Gangkou], RelTypes.Contacts, Direction.In, 10), Ct);
        Assert.Equal(0, contacts[Gangkou].TotalCount);
    }

    [SkippableFact]
    public async Task AScopedViewsAncestorsStopAtTheScope()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);

        var ancestors = await scoped.GetAncestorsAsync([Household(1), Gangkou, Household(5), City, Li, "hh:999"], Ct);

        Assert.Equal(3, ancestors.Count);
        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou], ancestors[Household(1)]);
        Assert.Empty(ancestors[Gangkou]);
        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou], ancestors[Li]);
    }

    [SkippableFact]
    public async Task AScopedViewsAdjacentRelationshipsHaveBothEndsVisible()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);

        var adjacent = await scoped.GetAdjacentAsync([Gangkou, Household(5)], null, null, Ct);

        Assert.Equal(["r:gangkou-dongcun", "r:gangkou-shanmen"], adjacent.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task AScopedViewGivesCoverageOnlyOfVisibleUnits()
    {
        var (store, scoped) = await ScopedAsync(Gangkou);

        var coverage = await scoped.GetCoverageAsync([Gangkou, Xialin, City, Shanmen, Gangkou], Ct);

        Assert.Equal(Sorted(Gangkou, Shanmen), coverage.Keys.Order(StringComparer.Ordinal).ToList());
        var whole = await store.GetCoverageAsync([Gangkou, Shanmen], Ct);
        Assert.Equal(whole[Gangkou], coverage[Gangkou]);
        Assert.Equal(whole[Shanmen], coverage[Shanmen]);
    }

    [SkippableFact]
    public async Task AScopedViewReadsOnlyTheChangesUnderItsScope()
    {
        var (store, scoped) = await ScopedAsync(Xialin);
        var before = (await store.GetChangeLogInfoAsync(Ct)).Latest;
        await AddHouseholdSevenAsync(store);
        await EditAsync(store, (e, tx, ct) => e.UpdateNodeAsync(tx, new UpdateNode(Labels.Household, Household(5), 1, Values((Props.Size, 2L))), null, ct));

        var page = await scoped.ReadChangesAsync(new ChangeQuery(before, 10), Ct);
        var seen = Assert.Single(page.Events);
        Assert.Equal((ChangeType.NodeUpdated, Household(5)), (seen.Type, seen.NodeId));
        Assert.Empty((await scoped.ReadChangesAsync(new ChangeQuery(before, 10) { Under = Gangkou }, Ct)).Events);
        Assert.DoesNotContain((await scoped.ReadChangesAsync(new ChangeQuery(before, 10) { Within = City }, Ct)).Events, e => e.NodeId == Household(7));
        Assert.Equal(await store.GetChangeLogInfoAsync(Ct), await scoped.GetChangeLogInfoAsync(Ct));
    }

    [SkippableFact]
    public async Task AScopedViewPassesLifecycleCallsAndRefusesWholeGraphOperations()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);

        await scoped.InitializeAsync(Ct);
        Assert.True(await scoped.PingAsync(Ct));
        Assert.False(await scoped.IsEmptyAsync(Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.WriteAsync(Build(), Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.PruneChangesAsync(DateTimeOffset.UtcNow, Ct));
        Assert.Throws<InvalidOperationException>(() => scoped.ReadAllNodesAsync(Ct));
        Assert.Throws<InvalidOperationException>(() => scoped.ReadAllRelationshipsAsync(Ct));
    }

    // ---- writes through a scoped view ----

    [SkippableFact]
    public async Task EditingInsideTheScopeWorks()
    {
        var (store, scoped) = await ScopedAsync(Gangkou);

        var updated = await EditAsync(scoped, (e, tx, ct) =>
            e.UpdateNodeAsync(tx, new UpdateNode(Labels.Household, Household(1), 1, Values((Props.Size, 7L))), null, ct));
        var created = await EditAsync(scoped, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Household, "hh:new", Values((Props.HeadName, "孙新"), (Props.Size, 3L)), ShanmenGroup2), null, ct));
        var linked = await EditAsync(scoped, (e, tx, ct) =>
            e.LinkAsync(tx, new Link(RelTypes.Links, Li, "hh:new", Values()), null, ct));

        Assert.Equal(2, updated.Value!.Version);
        Assert.Equal(7L, (await store.GetNodesAsync([Household(1)], Ct))[0].GetLong(Props.Size));
        Assert.Equal([ChangeType.NodeCreated, ChangeType.RelationshipCreated], created.Events.Select(e => e.Type));
        Assert.Equal([ShanmenGroup2, Shanmen, Gangkou], (await scoped.GetAncestorsAsync(["hh:new"], Ct))["hh:new"]);
        Assert.Equal((Li, "hh:new"), (linked.Value!.StartId, linked.Value.EndId));
    }

    [SkippableFact]
    public async Task DeletingAUnitInsideTheScopeCascadesBelowIt()
    {
        var (store, scoped) = await ScopedAsync(Gangkou);

        var deleted = await EditAsync(scoped, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Dongcun, Cascade: true), null, ct));

        Assert.Equal([Household(4), DongcunGroup, Dongcun], deleted.Value.Ids);
        Assert.Empty(await store.GetNodesAsync([Dongcun, DongcunGroup, Household(4)], Ct));
        Assert.Single(await store.GetNodesAsync([Zhao], Ct));
    }

    public static TheoryData<string, string, string?, Func<GraphEditor, IGraphWriteTransaction, CancellationToken, Task<object?>>> RefusedScopedEdits => new()
    {
        // Outside the scope, exactly as if absent.
        { "update outside", RuleCodes.NodeNotFound, "id", async (e, tx, ct) =>
            await e.UpdateNodeAsync(tx, new UpdateNode(Labels.Household, Household(5), 1, Values((Props.Size, 9L))), null, ct) },
        { "update above", RuleCodes.NodeNotFound, "id", async (e, tx, ct) =>
            await e.UpdateNodeAsync(tx, new UpdateNode(Labels.City, City, 1, Values((Props.Name, "某市"))), null, ct) },
        { "delete outside", RuleCodes.NodeNotFound, "id", async (e, tx, ct) =>
            await e.DeleteNodeAsync(tx, new DeleteNode(Xicun, Cascade: true), null, ct) },
        { "link to outside", RuleCodes.NodeNotFound, "to", async (e, tx, ct) =>
            await e.LinkAsync(tx, new Link(RelTypes.Links, Zhao, Household(6), Values()), null, ct) },
        { "link from outside", RuleCodes.NodeNotFound, "from", async (e, tx, ct) =>
            await e.LinkAsync(tx, new Link(RelTypes.Contacts, Leader, Dongcun, Values()) { Replace = true }, null, ct) },
        { "unlink outside", RuleCodes.NodeNotFound, "from", async (e, tx, ct) =>
            await e.UnlinkAsync(tx, new Unlink(RelTypes.Contacts, Leader, Gangkou), null, ct) },
        { "create under outside", RuleCodes.NodeNotFound, "township", async (e, tx, ct) =>
            await e.CreateNodeAsync(tx, new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), Xialin), null, ct) },

        // A node that would land outside: a person with no unit sits under the city.
        { "create outside", RuleCodes.OutOfScope, null, async (e, tx, ct) =>
            await e.CreateNodeAsync(tx, new CreateNode(Labels.Person, "person:new", Values((Props.Name, "新人"), (Props.PartyMember, true)), null), null, ct) },
    };

    [SkippableTheory]
    [MemberData(nameof(RefusedScopedEdits))]
    public async Task AScopedEditNamingWhatIsOutsideIsRefusedAndChangesNothing(
        string name, string code, string? field, Func<GraphEditor, IGraphWriteTransaction, CancellationToken, Task<object?>> edit)
    {
        var (store, scoped) = await ScopedAsync(Gangkou);
        var before = await StateAsync(store);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => EditAsync(scoped, edit));

        Assert.True((code, field) == (refused.Code, refused.Field), $"{name}: {refused.Code} {refused.Field} {refused.Message}");
        Assert.Equal(before, await StateAsync(store));
    }

    [SkippableFact]
    public async Task AnOutOfScopeRefusalSaysWhyWithoutNamingAnythingOutside()
    {
        var (_, scoped) = await ScopedAsync(Gangkou);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => EditAsync(scoped, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Person, "person:new", Values((Props.Name, "新人"), (Props.PartyMember, true)), null), null, ct)));

        Assert.Equal(RuleCodes.OutOfScope, refused.Code);
        Assert.Contains("outside your scope", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(City, refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AScopedTransactionRefusesWritesToInvisibleNodesItWasNeverShown()
    {
        var (store, scoped) = await ScopedAsync(Gangkou);
        var before = await StateAsync(store);
        var outside = (await store.GetNodesAsync([Household(5)], Ct))[0];

        async Task RefusedAsync(Func<IGraphWriteTransaction, CancellationToken, Task> write)
        {
            var refused = await Assert.ThrowsAsync<DomainRuleException>(() => scoped.ExecuteWriteAsync(Tester, async (tx, ct) =>
            {
                await write(tx, ct);
                return 0;
            }, Ct));
            Assert.Equal(RuleCodes.NodeNotFound, refused.Code);
        }

        await RefusedAsync((tx, ct) => tx.ReplaceNodeAsync(outside with { Version = 2 }, ct));
        await RefusedAsync((tx, ct) => tx.DeleteNodeAsync(Household(5), ct));
        await RefusedAsync((tx, ct) => tx.InsertRelationshipAsync(NewRel("r:x", RelTypes.Links, Li, Household(5)), ct));
        await RefusedAsync((tx, ct) => tx.ReplaceRelationshipAsync(NewRel("r:wang-links-5", RelTypes.Links, Wang, Household(5), (Props.Until, "2025-01-01")), ct));
        Assert.Equal(before, await StateAsync(store));

        // What the transaction hides from node reads is still there for the rules that need the true state.
        await scoped.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            Assert.Empty(await tx.GetNodesAsync([Household(5), Wang], ct));
            Assert.Single(await tx.GetRelationshipsAsync([Household(5)], Direction.In, [RelTypes.Links], includeEnded: false, ct));
            Assert.Equal([XicunGroup, Xicun, Xialin, City], (await tx.GetAncestorsAsync([Household(5)], ct))[Household(5)]);
            return 0;
        }, Ct);
    }

    [SkippableFact]
    public async Task ANodeInsertedAndPlacedInsideTheScopeInOneTransactionIsKept()
    {
        var (store, scoped) = await ScopedAsync(Dongcun);

        var result = await AddHouseholdSevenAsync(scoped);

        Assert.Equal(2, result.Events.Count);
        Assert.Single(await scoped.GetNodesAsync([Household(7)], Ct));
        Assert.Single(await store.GetNodesAsync([Household(7)], Ct));
    }

    [SkippableFact]
    public async Task ANodeInsertedButLeftOutsideTheScopeRollsTheWholeTransactionBack()
    {
        var (store, scoped) = await ScopedAsync(Gangkou);
        var before = await StateAsync(store);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => scoped.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            await tx.ReplaceNodeAsync((await tx.GetNodesAsync([Household(1)], ct))[0] with { Version = 2 }, ct);
            var household = NewNode(Household(7), Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L));
            await tx.InsertNodeAsync(household, ct);
            tx.Append(Created(household));
            return 0;
        }, Ct));

        Assert.Equal(RuleCodes.OutOfScope, refused.Code);
        Assert.Equal(before, await StateAsync(store));
    }

    private static Task<WriteResult<T>> EditAsync<T>(
        IGraphStore store, Func<GraphEditor, IGraphWriteTransaction, CancellationToken, Task<T>> edit) =>
        store.ExecuteWriteAsync(Tester, (tx, ct) => edit(Editor, tx, ct), Ct);

    /// <summary>The whole graph as its interchange file, and the change log's bounds.</summary>
    private static async Task<(ChangeLogInfo Log, string Graph)> StateAsync(IGraphStore store)
    {
        using var output = new MemoryStream();
        await ApocJsonWriter.WriteAsync(store, output, null, Ct);
        return (await store.GetChangeLogInfoAsync(Ct), Encoding.UTF8.GetString(output.ToArray()));
    }

    private static IReadOnlyDictionary<string, object?> Values(params (string Name, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value);
}
