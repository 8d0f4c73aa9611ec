using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>The write transaction and the change log: one commit, its events, their cursors, scope and retention.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly WriteContext Tester = new("tester");

    private static NewChange Created(GraphNode node) =>
        new(ChangeType.NodeCreated, node.Id, node.Label, null, null, node.Properties, [node.Id], []);

    private static NewChange RelationshipCreated(GraphRelationship r) =>
        new(ChangeType.RelationshipCreated, null, null, new RelationshipRef(r.Id, r.Type, r.StartId, r.EndId), null,
            r.Properties, [r.StartId, r.EndId], []);

    /// <summary>Creates hh:7 covered by Dongcun's group in one transaction, with its two events.</summary>
    private static async Task<WriteResult<int>> AddHouseholdSevenAsync(IGraphStore store)
    {
        return await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var household = NewNode(Household(7), Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L));
            var covers = NewRel("r:cov-7", RelTypes.Covers, DongcunGroup, Household(7));
            await tx.InsertNodeAsync(household, ct);
            tx.Append(Created(household));
            await tx.InsertRelationshipAsync(covers, ct);
            tx.Append(RelationshipCreated(covers));
            return 7;
        }, Ct);
    }

    [SkippableFact]
    public async Task ACommittedWriteKeepsItsChangesAndItsEventsWithConsecutiveCursors()
    {
        var store = await SeededStoreAsync();
        var before = await store.GetChangeLogInfoAsync(Ct);

        var result = await AddHouseholdSevenAsync(store);

        Assert.Equal(7, result.Value);
        Assert.Equal([before.Latest + 1, before.Latest + 2], result.Events.Select(e => e.Cursor));
        Assert.Equal([ChangeType.NodeCreated, ChangeType.RelationshipCreated], result.Events.Select(e => e.Type));
        Assert.All(result.Events, e => Assert.Equal("tester", e.Actor));
        Assert.Single(result.Events.Select(e => e.CommitId).Distinct());
        Assert.Equal(Household(7), result.Events[0].NodeId);
        Assert.Equal(new RelationshipRef("r:cov-7", RelTypes.Covers, DongcunGroup, Household(7)), result.Events[1].Relationship);
        Assert.Equal(before.Latest + 2, (await store.GetChangeLogInfoAsync(Ct)).Latest);
        Assert.Single(await store.GetNodesAsync([Household(7)], Ct));
    }

    [SkippableFact]
    public async Task AHouseholdEventIsUnderItsPartyGroupAndEveryUnitAboveIt()
    {
        var store = await SeededStoreAsync();

        var result = await AddHouseholdSevenAsync(store);

        // The node event was appended before the COVERS existed; its scope is settled at commit.
        var scope = result.Events[0].Scope;
        Assert.Equal([Household(7), DongcunGroup, Dongcun, Gangkou, City], scope);
        Assert.Contains(DongcunGroup, result.Events[1].Scope);
        Assert.DoesNotContain(Xialin, result.Events[1].Scope);
    }

    [SkippableFact]
    public async Task AFailingWriteKeepsNothingAndUsesUpNoCursor()
    {
        var store = await SeededStoreAsync();
        var before = await store.GetChangeLogInfoAsync(Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteWriteAsync<int>(Tester, async (tx, ct) =>
        {
            var node = NewNode("person:temp", Labels.Person, (Props.Name, "临时"), (Props.PartyMember, false));
            await tx.InsertNodeAsync(node, ct);
            tx.Append(Created(node));
            await tx.SaveIdempotentResultAsync("k", "{}", ct);
            throw new InvalidOperationException("refused");
        }, Ct));

        Assert.Empty(await store.GetNodesAsync(["person:temp"], Ct));
        Assert.Equal(before, await store.GetChangeLogInfoAsync(Ct));
        var next = await AddHouseholdSevenAsync(store);
        Assert.Equal(before.Latest + 1, next.Events[0].Cursor);
        Assert.Null(await store.ExecuteWriteAsync(Tester, (tx, ct) => tx.GetIdempotentResultAsync("k", ct), Ct).ContinueWith(t => t.Result.Value));
    }

    [SkippableFact]
    public async Task ReadsInsideATransactionSeeItsOwnWritesAndPlacement()
    {
        var store = await SeededStoreAsync();

        var ancestors = await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            await tx.InsertNodeAsync(NewNode(Household(7), Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L)), ct);
            await tx.InsertRelationshipAsync(NewRel("r:cov-7", RelTypes.Covers, DongcunGroup, Household(7)), ct);
            var covering = await tx.GetRelationshipsAsync([Household(7)], Direction.In, [RelTypes.Covers], false, ct);
            Assert.Equal(["r:cov-7"], covering.Select(r => r.Id));
            var children = await tx.GetChildrenAsync(DongcunGroup, ct);
            Assert.Equal([Household(4), Household(7)], children.Select(c => c.Id).Order(StringComparer.Ordinal));
            return (await tx.GetAncestorsAsync([Household(7)], ct))[Household(7)];
        }, Ct);

        Assert.Equal([DongcunGroup, Dongcun, Gangkou, City], ancestors.Value);
    }

    [SkippableFact]
    public async Task ReplacingANodeStoresItsPropertiesAndVersion()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(1, (await store.GetNodesAsync([Shanmen], Ct))[0].Version);

        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var node = (await tx.GetNodesAsync([Shanmen], ct))[0];
            var props = node.Properties.ToDictionary();
            props[Props.Name] = "山门新村";
            await tx.ReplaceNodeAsync(node with { Properties = props, Version = node.Version + 1 }, ct);
            return 0;
        }, Ct);

        var stored = (await store.GetNodesAsync([Shanmen], Ct))[0];
        Assert.Equal(2, stored.Version);
        Assert.Equal("山门新村", stored.Name);
        var found = await store.FindNodesAsync(new NodeQuery(new NodeCriteria { NameContains = "山门新" }, 5), Ct);
        Assert.Equal([Shanmen], found.Items.Select(i => i.Node.Id));
        Assert.Equal(2, found.Items[0].Node.Version);
    }

    [SkippableFact]
    public async Task EndingACoveringRelationshipKeepsItsHistoryAndMovesTheHousehold()
    {
        var store = await SeededStoreAsync();

        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var covers = (await tx.GetRelationshipsAsync([Household(3)], Direction.In, [RelTypes.Covers], false, ct)).Single();
            var props = covers.Properties.ToDictionary();
            props[Props.Since] = "2001-01-01";
            props[Props.Until] = tx.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await tx.ReplaceRelationshipAsync(covers with { Properties = props }, ct);
            await tx.InsertRelationshipAsync(NewRel("r:cov-3b", RelTypes.Covers, ShanmenGroup1, Household(3),
                (Props.Since, props[Props.Until])), ct);
            var history = await tx.GetRelationshipsAsync([Household(3)], Direction.In, [RelTypes.Covers], true, ct);
            Assert.Equal(2, history.Count);
            return 0;
        }, Ct);

        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou, City], (await store.GetAncestorsAsync([Household(3)], Ct))[Household(3)]);
        var then = await store.GetNeighboursAsync(new NeighbourQuery([Household(3)], RelTypes.Covers, Direction.In, 5)
        {
            AsOf = new DateOnly(2010, 1, 1),
        }, Ct);
        Assert.Equal([ShanmenGroup2], then[Household(3)].Items.Select(n => n.Node.Id));
    }

    [SkippableFact]
    public async Task DeletingANodeRemovesItsRelationshipsAndReplacesWhatItPlaced()
    {
        var store = await SeededStoreAsync();

        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            await tx.DeleteNodeAsync(XicunGroup, ct);
            return 0;
        }, Ct);

        Assert.Empty(await store.GetNodesAsync([XicunGroup], Ct));
        Assert.DoesNotContain(
            await store.GetAdjacentAsync([Wang, Household(5), Xicun], [RelTypes.MemberOf, RelTypes.Covers, RelTypes.Oversees], null, Ct),
            r => r.StartId == XicunGroup || r.EndId == XicunGroup);
        Assert.Equal([City], (await store.GetAncestorsAsync([Household(5)], Ct))[Household(5)]);
    }

    [SkippableFact]
    public async Task InsertingATakenIdIsRefusedAsADuplicate()
    {
        var store = await SeededStoreAsync();

        var refused = await Assert.ThrowsAsync<StoreException>(() => store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            await tx.InsertNodeAsync(NewNode(Shanmen, Labels.Village, (Props.Name, "又一个山门村")), ct);
            return 0;
        }, Ct));

        Assert.Equal(StoreException.DuplicateId, refused.Code);
    }

    [SkippableFact]
    public async Task AnIdempotencyRecordIsThereForTheNextTransaction()
    {
        var store = await SeededStoreAsync();

        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            await tx.SaveIdempotentResultAsync("tester\u001flinkHousehold\u001fm-1", "{\"id\":\"r:1\"}", ct);
            return 0;
        }, Ct);

        var found = await store.ExecuteWriteAsync(Tester, (tx, ct) => tx.GetIdempotentResultAsync("tester\u001flinkHousehold\u001fm-1", ct), Ct);
        Assert.Equal("{\"id\":\"r:1\"}", found.Value);
        Assert.Empty(found.Events);
    }

    [SkippableFact]
    public async Task ConcurrentWritesGetConsecutiveCursorsInCommitOrder()
    {
        var store = await SeededStoreAsync();
        var start = (await store.GetChangeLogInfoAsync(Ct)).Latest;

        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() => store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var node = NewNode($"person:p{i}", Labels.Person, (Props.Name, $"人{i}"), (Props.PartyMember, true));
            await tx.InsertNodeAsync(node, ct);
            tx.Append(Created(node));
            return i;
        }, Ct))).ToList();
        var results = await Task.WhenAll(writes);

        var cursors = results.SelectMany(r => r.Events).Select(e => e.Cursor).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => start + i), cursors);
        var log = await store.ReadChangesAsync(new ChangeQuery(start, 100), Ct);
        Assert.Equal(cursors, log.Events.Select(e => e.Cursor));
        Assert.True(log.Events.Zip(log.Events.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [SkippableFact]
    public async Task TheChangeLogPagesAndFiltersBySubtreeAndType()
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

        var all = await store.ReadChangesAsync(new ChangeQuery(0, 3), Ct);
        Assert.Equal([1L, 2L, 3L], all.Events.Select(e => e.Cursor));
        Assert.True(all.HasNext);
        var rest = await store.ReadChangesAsync(new ChangeQuery(3, 3), Ct);
        Assert.Equal([4L], rest.Events.Select(e => e.Cursor));
        Assert.False(rest.HasNext);

        var gangkou = await store.ReadChangesAsync(new ChangeQuery(0, 10) { Under = Gangkou }, Ct);
        Assert.Equal([1L, 2L], gangkou.Events.Select(e => e.Cursor));
        var xialin = await store.ReadChangesAsync(new ChangeQuery(0, 10) { Under = Xialin }, Ct);
        Assert.Equal([3L, 4L], xialin.Events.Select(e => e.Cursor));
        var relationships = await store.ReadChangesAsync(new ChangeQuery(0, 10) { Types = [ChangeType.RelationshipCreated] }, Ct);
        Assert.Equal([2L, 4L], relationships.Events.Select(e => e.Cursor));
        var read = all.Events[0];
        Assert.Equal(Household(7), read.NodeId);
        Assert.Equal(Labels.Household, read.Label);
        Assert.Equal("孙七", read.After![Props.HeadName]);
        Assert.Equal(3L, read.After[Props.Size]);
        Assert.Null(read.Before);
    }

    [SkippableFact]
    public async Task ACursorTheLogNeverIssuedIsInvalid()
    {
        var store = await SeededStoreAsync();
        await AddHouseholdSevenAsync(store);

        var beyond = await Assert.ThrowsAsync<StoreException>(() => store.ReadChangesAsync(new ChangeQuery(3, 10), Ct));
        Assert.Equal(StoreException.InvalidCursor, beyond.Code);
        var negative = await Assert.ThrowsAsync<StoreException>(() => store.ReadChangesAsync(new ChangeQuery(-1, 10), Ct));
        Assert.Equal(StoreException.InvalidCursor, negative.Code);
        Assert.Empty((await store.ReadChangesAsync(new ChangeQuery(2, 10), Ct)).Events);
    }

    [SkippableFact]
    public async Task RetentionRemovesOldEventsAndTheirCursorsExpire()
    {
        var store = await SeededStoreAsync();
        await AddHouseholdSevenAsync(store);

        var removed = await store.PruneChangesAsync(DateTimeOffset.UtcNow.AddMinutes(1), Ct);

        Assert.Equal(2, removed);
        Assert.Equal(new ChangeLogInfo(2, 2), await store.GetChangeLogInfoAsync(Ct));
        var expired = await Assert.ThrowsAsync<StoreException>(() => store.ReadChangesAsync(new ChangeQuery(1, 10), Ct));
        Assert.Equal(StoreException.CursorExpired, expired.Code);
        Assert.Empty((await store.ReadChangesAsync(new ChangeQuery(2, 10), Ct)).Events);

        // Numbering goes on after the log was emptied: a cursor is never reused.
        var next = await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var node = NewNode("person:after", Labels.Person, (Props.Name, "后来"), (Props.PartyMember, false));
            await tx.InsertNodeAsync(node, ct);
            tx.Append(Created(node));
            return 0;
        }, Ct);
        Assert.Equal(3, next.Events.Single().Cursor);
        Assert.Equal([3L], (await store.ReadChangesAsync(new ChangeQuery(2, 10), Ct)).Events.Select(e => e.Cursor));
    }

    [SkippableFact]
    public async Task RetentionKeepsEventsYoungerThanItsLimit()
    {
        var store = await SeededStoreAsync();
        await AddHouseholdSevenAsync(store);

        Assert.Equal(0, await store.PruneChangesAsync(DateTimeOffset.UtcNow.AddDays(-30), Ct));
        Assert.Equal(2, (await store.ReadChangesAsync(new ChangeQuery(0, 10), Ct)).Events.Count);
    }
}
