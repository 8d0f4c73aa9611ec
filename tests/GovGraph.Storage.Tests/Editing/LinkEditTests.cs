using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Editing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

public sealed class LinkEditTests : EditingTests
{
    [Fact]
    public async Task AMemberLinksAHouseholdOfTheirVillageFromToday()
    {
        var store = await StoreAsync();
        await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Household, "hh:new", Values((Props.HeadName, "孙新"), (Props.Size, 2)), ShanmenGroup2), null, ct));

        var result = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.Links, Li, "hh:new", Values()) { Roles = new("member", "household") }, null, ct), actor: "王书记");

        Assert.Equal(TodayIso, result.Value!.GetString(Props.Since));
        var linked = Assert.Single(result.Events);
        Assert.Equal((ChangeType.RelationshipCreated, "王书记"), (linked.Type, linked.Actor));
        Assert.Equal(new RelationshipRef(result.Value.Id, RelTypes.Links, Li, "hh:new"), linked.Relationship);
        Assert.Contains(ShanmenGroup2, linked.Scope);
        Assert.Contains(ShanmenGroup1, linked.Scope);
        Assert.Equal([Li], (await store.GetAdjacentAsync(["hh:new"], [RelTypes.Links], null, Ct)).Select(r => r.StartId));
    }

    [Fact]
    public async Task AGivenSinceIsKept()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.StationedIn, Zhao, Xicun, Values((Props.Batch, 9), (Props.Since, new DateOnly(2024, 6, 1)))), null, ct));

        Assert.Equal(("2024-06-01", 9L), (result.Value!.GetString(Props.Since), result.Value.GetLong(Props.Batch)));
    }

    [Fact]
    public async Task UnlinkingEndsTheRelationshipTodayAndKeepsItsHistory()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.UnlinkAsync(tx, new Unlink(RelTypes.Links, Li, Household(2)), null, ct));

        Assert.Equal(("r:li-links-2", TodayIso), (result.Value!.Id, result.Value.GetString(Props.Until)));
        var ended = Assert.Single(result.Events);
        Assert.Equal(ChangeType.RelationshipDeleted, ended.Type);
        Assert.False(ended.Before!.ContainsKey(Props.Until));
        Assert.Equal(TodayIso, ended.After![Props.Until]);
        Assert.Empty(await store.GetAdjacentAsync([Household(2)], [RelTypes.Links], null, Ct));
        Assert.Equal([Li], (await store.GetAdjacentAsync([Household(2)], [RelTypes.Links], new DateOnly(2025, 3, 14), Ct)).Select(r => r.StartId));
    }

    [Fact]
    public async Task AssigningAContactEndsTheLeadersOldOneInTheSameChange()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.Contacts, Leader, Xialin, Values()) { Roles = new("leader", "township"), Replace = true }, null, ct));

        Assert.Equal(
            [(ChangeType.RelationshipDeleted, Gangkou), (ChangeType.RelationshipCreated, Xialin)],
            result.Events.Select(e => (e.Type, e.Relationship!.EndId)));
        Assert.Equal(result.Events.Select(e => e.CommitId).First(), result.Events.Select(e => e.CommitId).Last());
        Assert.Equal([Xialin], (await store.GetAdjacentAsync([Leader], [RelTypes.Contacts], null, Ct)).Select(r => r.EndId));
        Assert.Equal([Gangkou], (await store.GetAdjacentAsync([Leader], [RelTypes.Contacts], new DateOnly(2025, 1, 1), Ct)).Select(r => r.EndId));
    }

    [Fact]
    public async Task MovingAHouseholdPutsItUnderTheNewGroupAndTellsBothGroups()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.Covers, XicunGroup, Household(4), Values()) { Roles = new("partyGroup", "household"), Replace = true }, null, ct));

        Assert.Equal([XicunGroup, Xicun, Xialin, City], (await store.GetAncestorsAsync([Household(4)], Ct))[Household(4)]);
        Assert.Equal([ChangeType.RelationshipDeleted, ChangeType.RelationshipCreated], result.Events.Select(e => e.Type));
        Assert.All(result.Events, e => Assert.Contains(DongcunGroup, e.Scope));
        Assert.All(result.Events, e => Assert.Contains(XicunGroup, e.Scope));
    }

    [Fact]
    public async Task ALinkedHouseholdMovesFreelyWithinItsMembersVillage()
    {
        var store = await StoreAsync();

        await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx,
            new Link(RelTypes.Covers, ShanmenGroup1, Household(3), Values()) { Replace = true }, null, ct));

        Assert.Equal([ShanmenGroup1, Shanmen, Gangkou, City], (await store.GetAncestorsAsync([Household(3)], Ct))[Household(3)]);
    }

    [Fact]
    public async Task AVillageMovesToAnotherTownshipByUnlinkingThenLinkingItsOverseer()
    {
        var store = await StoreAsync();

        await EditAsync(store, (e, tx, ct) => e.UnlinkAsync(tx, new Unlink(RelTypes.Oversees, Gangkou, Dongcun), null, ct));
        var moved = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, new Link(RelTypes.Oversees, Xialin, Dongcun, Values()), null, ct));

        Assert.Equal([DongcunGroup, Dongcun, Xialin, City], (await store.GetAncestorsAsync([Household(4)], Ct))[Household(4)]);
        Assert.Equal([City, Xialin, Dongcun], moved.Events[0].Scope.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LinkingAnUncoveredHouseholdGivesItItsGroup()
    {
        var store = await StoreAsync();

        await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, new Link(RelTypes.Covers, DongcunGroup, Household(6), Values()), null, ct));

        Assert.Equal([DongcunGroup, Dongcun, Gangkou, City], (await store.GetAncestorsAsync([Household(6)], Ct))[Household(6)]);
    }
}
