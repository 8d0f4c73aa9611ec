using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Editing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

public sealed class NodeEditTests : EditingTests
{
    [Fact]
    public async Task CreatingAVillagePlacesItUnderItsTownshipWithBothEvents()
    {
        var store = await StoreAsync();
        var before = await store.GetChangeLogInfoAsync(Ct);

        var result = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), Gangkou), null, ct));

        var village = result.Value!;
        Assert.Matches("^village:[0-9a-f]{32}$", village.Id);
        Assert.Equal(1, village.Version);
        Assert.Equal(false, village.Properties[Props.KeyVillage]);
        Assert.Equal([ChangeType.NodeCreated, ChangeType.RelationshipCreated], result.Events.Select(e => e.Type));
        Assert.Equal([before.Latest + 1, before.Latest + 2], result.Events.Select(e => e.Cursor));
        Assert.Equal(village.Id, result.Events[0].NodeId);
        Assert.Null(result.Events[0].Before);
        Assert.Equal("新村", result.Events[0].After![Props.Name]);
        Assert.Equal((RelTypes.Oversees, Gangkou, village.Id), (result.Events[1].Relationship!.Type, result.Events[1].Relationship!.StartId, result.Events[1].Relationship!.EndId));
        Assert.Equal(TodayIso, result.Events[1].After![Props.Since]);
        Assert.Equal([village.Id, Gangkou, City], result.Events[0].Scope);
        Assert.Equal([Gangkou, City], (await store.GetAncestorsAsync([village.Id], Ct))[village.Id]);
    }

    [Fact]
    public async Task CreatingAHouseholdPutsItInItsPartyGroupsGrid()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Household, "hh:new", Values((Props.HeadName, "孙新"), (Props.Size, 3), (Props.Phone, "13900000000")), DongcunGroup),
            null, ct));

        Assert.Equal("hh:new", result.Value!.Id);
        Assert.Equal(3L, result.Value.Properties[Props.Size]);
        Assert.Equal([DongcunGroup, Dongcun, Gangkou, City], (await store.GetAncestorsAsync(["hh:new"], Ct))["hh:new"]);
        Assert.Equal(RelTypes.Covers, result.Events[1].Relationship!.Type);
        Assert.All(result.Events, e => Assert.Contains(DongcunGroup, e.Scope));
    }

    [Fact]
    public async Task AVenueBelongsToAVillageOrAPartyGroupButNotATownship()
    {
        var store = await StoreAsync();
        var venue = Values((Props.Name, "党小组之家"), (Props.Kind, "PARTY_GROUP_HOME"), (Props.InvestmentYuan, 50000.0));

        var created = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, new CreateNode(Labels.Venue, null, venue, XicunGroup), null, ct));

        Assert.Equal([XicunGroup, Xicun, Xialin, City], (await store.GetAncestorsAsync([created.Value!.Id], Ct))[created.Value.Id]);
        await AssertRefusedAsync(store, RuleCodes.WrongLabel, "owner",
            (e, tx, ct) => e.CreateNodeAsync(tx, new CreateNode(Labels.Venue, null, venue, Gangkou), null, ct));
    }

    [Fact]
    public async Task APersonStandsAloneWithOneEvent()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx,
            new CreateNode(Labels.Person, "person:new", Values((Props.Name, "新党员"), (Props.PartyMember, true), (Props.BirthYear, 1990)), null), null, ct));

        var created = Assert.Single(result.Events);
        Assert.Equal(ChangeType.NodeCreated, created.Type);
        Assert.Equal(["person:new", City], created.Scope);
        Assert.Equal(1990L, (await store.GetNodesAsync(["person:new"], Ct))[0].GetLong(Props.BirthYear));
    }

    public static TheoryData<CreateNode, string, string?> RefusedCreations => new()
    {
        { new CreateNode(Labels.City, null, Values((Props.Name, "另一个市")), null), RuleCodes.NotAllowed, null },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村")), Gangkou), RuleCodes.InvalidInput, Props.BranchType },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "CLUB")), Gangkou), RuleCodes.InvalidInput, Props.BranchType },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "  "), (Props.BranchType, "BRANCH")), Gangkou), RuleCodes.InvalidInput, Props.Name },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH"), (Props.Size, 3)), Gangkou), RuleCodes.InvalidInput, Props.Size },
        { new CreateNode(Labels.Household, null, Values((Props.HeadName, "孙新"), (Props.Size, 0)), DongcunGroup), RuleCodes.InvalidInput, Props.Size },
        { new CreateNode(Labels.Household, null, Values((Props.HeadName, "孙新"), (Props.Size, "three")), DongcunGroup), RuleCodes.InvalidInput, Props.Size },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), "township:none"), RuleCodes.NodeNotFound, "township" },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), Shanmen), RuleCodes.WrongLabel, "township" },
        { new CreateNode(Labels.Village, null, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), null), RuleCodes.InvalidInput, "township" },
        { new CreateNode(Labels.Village, Shanmen, Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), Gangkou), RuleCodes.DuplicateId, "id" },
        { new CreateNode(Labels.Village, "village:\u0007", Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")), Gangkou), RuleCodes.InvalidId, "id" },
    };

    [Theory]
    [MemberData(nameof(RefusedCreations))]
    public async Task ARefusedCreationSaysWhyAndChangesNothing(CreateNode command, string code, string? field)
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, code, field, (e, tx, ct) => e.CreateNodeAsync(tx, command, null, ct));
    }

    [Fact]
    public async Task AnUpdateChangesOnlyTheGivenPropertiesAndRaisesTheVersion()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.UpdateNodeAsync(tx,
            new UpdateNode(Labels.Household, Household(1), 1, Values((Props.Size, 5), (Props.Phone, null))), null, ct));

        var updated = (await store.GetNodesAsync([Household(1)], Ct))[0];
        Assert.Equal(2, updated.Version);
        Assert.Equal(2, result.Value!.Version);
        Assert.Equal(5L, updated.GetLong(Props.Size));
        Assert.Equal("张山门", updated.GetString(Props.HeadName));
        Assert.False(updated.Properties.ContainsKey(Props.Phone));
        var changed = Assert.Single(result.Events);
        Assert.Equal(ChangeType.NodeUpdated, changed.Type);
        Assert.Equal((4L, "13800000001"), (changed.Before![Props.Size], changed.Before[Props.Phone]));
        Assert.Equal(5L, changed.After![Props.Size]);
        Assert.Equal([Household(1), ShanmenGroup1, Shanmen, Gangkou, City], changed.Scope);
    }

    [Fact]
    public async Task AnUpdateThatChangesNoValueKeepsTheVersionAndRecordsNothing()
    {
        var store = await StoreAsync();
        var before = await store.GetChangeLogInfoAsync(Ct);

        var result = await EditAsync(store, (e, tx, ct) => e.UpdateNodeAsync(tx,
            new UpdateNode(Labels.Household, Household(1), 1, Values((Props.Size, 4), (Props.HeadName, "张山门"))), null, ct));

        Assert.Equal(1, result.Value!.Version);
        Assert.Empty(result.Events);
        Assert.Equal(1, (await store.GetNodesAsync([Household(1)], Ct))[0].Version);
        Assert.Equal(before, await store.GetChangeLogInfoAsync(Ct));
    }

    [Fact]
    public async Task AStaleExpectedVersionIsAConflictThatNamesTheCurrentVersion()
    {
        var store = await StoreAsync();
        await EditAsync(store, (e, tx, ct) => e.UpdateNodeAsync(tx, new UpdateNode(Labels.Village, Shanmen, 1, Values((Props.KeyVillage, false))), null, ct));

        var refused = await AssertRefusedAsync(store, RuleCodes.VersionConflict, "expectedVersion",
            (e, tx, ct) => e.UpdateNodeAsync(tx, new UpdateNode(Labels.Village, Shanmen, 1, Values((Props.Name, "山门新村"))), null, ct));

        Assert.Contains("version 2", refused.Message, StringComparison.Ordinal);
    }

    public static TheoryData<UpdateNode, string, string?> RefusedUpdates => new()
    {
        { new UpdateNode(Labels.Village, Shanmen, 1, Values((Props.Name, null))), RuleCodes.InvalidInput, Props.Name },
        { new UpdateNode(Labels.Village, Shanmen, 1, Values((Props.Synthetic, true))), RuleCodes.InvalidInput, Props.Synthetic },
        { new UpdateNode(Labels.Township, Shanmen, 1, Values((Props.Name, "山门镇"))), RuleCodes.WrongLabel, "id" },
        { new UpdateNode(Labels.Village, "village:none", 1, Values((Props.Name, "无"))), RuleCodes.NodeNotFound, "id" },
    };

    [Theory]
    [MemberData(nameof(RefusedUpdates))]
    public async Task ARefusedUpdateSaysWhyAndChangesNothing(UpdateNode command, string code, string? field)
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, code, field, (e, tx, ct) => e.UpdateNodeAsync(tx, command, null, ct));
    }

    [Fact]
    public async Task DeletingAUnitWithDependantsNeedsCascade()
    {
        var store = await StoreAsync();

        var refused = await AssertRefusedAsync(store, RuleCodes.HasDependants, "cascade",
            (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Shanmen, Cascade: false), null, ct));

        Assert.Contains("2 dependants", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACascadeDeletesTheSubtreeBottomUpButKeepsPeople()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Shanmen, Cascade: true), null, ct));

        var deleted = result.Value.Ids.ToList();
        Assert.Equal(
            new[] { Shanmen, ShanmenGroup1, ShanmenGroup2, ShanmenCentral, Household(1), Household(2), Household(3) }.Order(),
            deleted.Order());
        Assert.Equal(Shanmen, deleted[^1]);
        Assert.True(deleted.IndexOf(ShanmenCentral) < deleted.IndexOf(ShanmenGroup1));
        Assert.True(deleted.IndexOf(Household(3)) < deleted.IndexOf(ShanmenGroup2));
        Assert.Empty(await store.GetNodesAsync(deleted.ToList(), Ct));

        // Li hosted, linked and belonged under the deleted units: the person stays, with none of it.
        Assert.Single(await store.GetNodesAsync([Li], Ct));
        Assert.Empty(await store.GetAdjacentAsync([Li], null, null, Ct));
        Assert.Equal([City], (await store.GetAncestorsAsync([Li], Ct))[Li]);

        Assert.Equal(deleted, result.Events.Where(e => e.Type == ChangeType.NodeDeleted).Select(e => e.NodeId));
        var removed = result.Events.Where(e => e.Type == ChangeType.RelationshipDeleted).ToList();
        Assert.Equal(12, removed.Count);
        Assert.Equal(removed.Count, removed.Select(e => e.Relationship!.Id).Distinct().Count());
        Assert.All(removed, e => Assert.Null(e.After));

        // Every relationship at a node is reported before the node itself goes.
        for (var i = 0; i < result.Events.Count; i++)
        {
            if (result.Events[i].Type == ChangeType.NodeDeleted)
            {
                var node = result.Events[i].NodeId;
                Assert.DoesNotContain(result.Events.Skip(i + 1),
                    e => e.Relationship is { } r && (r.StartId == node || r.EndId == node));
            }
        }

        var household = result.Events.Single(e => e.NodeId == Household(1));
        Assert.Equal([Household(1), ShanmenGroup1, Shanmen, Gangkou, City], household.Scope);
    }

    [Fact]
    public async Task DeletingAHouseholdNeverDeletesThePersonWhoLinkedIt()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Household(1), Cascade: true), null, ct));

        Assert.Equal([Household(1)], result.Value.Ids);
        Assert.Single(await store.GetNodesAsync([Li], Ct));
        Assert.Equal(
            [(ChangeType.RelationshipDeleted, RelTypes.Covers), (ChangeType.RelationshipDeleted, RelTypes.Links), (ChangeType.NodeDeleted, null)],
            result.Events.Select(e => (e.Type, e.Relationship?.Type)));
    }

    [Fact]
    public async Task ThePersonWithoutDependantsGoesWithoutCascade()
    {
        var store = await StoreAsync();

        var result = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(Wang, Cascade: false), null, ct));

        Assert.Equal([Wang], result.Value.Ids);
        Assert.Empty(await store.GetAdjacentAsync([XicunGroup, Household(5)], [RelTypes.MemberOf, RelTypes.Links], null, Ct));
    }

    [Fact]
    public async Task TheCityCannotBeDeleted()
    {
        var store = await StoreAsync();

        await AssertRefusedAsync(store, RuleCodes.NotAllowed, "id", (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(City, Cascade: true), null, ct));
    }
}
