using GovGraph.Domain.Model;
using GovGraph.Storage;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>
/// What every <see cref="IGraphStore"/> backend must do. A backend's test class derives from this and says how
/// to create a fresh, initialised, empty store; every test then builds the sample graph it needs.
/// </summary>
public abstract partial class GraphStoreContract
{
    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new, initialised and empty store that no other test uses.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Another store over the same data as <paramref name="store"/> (a restart).</summary>
    protected abstract Task<IGraphStore> ReopenAsync(IGraphStore store);

    protected async Task<IGraphStore> SeededStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync(Build(), Ct);
        return store;
    }

    private static async Task<List<string>> IdsAsync(IGraphStore store, NodeCriteria criteria)
    {
        var page = await store.FindNodesAsync(new NodeQuery(criteria, 10_000), Ct);
        return page.Items.Select(i => i.Node.Id).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToList();

    // ---- lifecycle ----

    [SkippableFact]
    public async Task ANewStoreIsEmptyAndAnswersPing()
    {
        var store = await CreateStoreAsync();
        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.True(await store.PingAsync(Ct));
    }

    [SkippableFact]
    public async Task InitializingTwiceKeepsTheData()
    {
        var store = await SeededStoreAsync();
        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);
        Assert.False(await store.IsEmptyAsync(Ct));
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria(), Ct));
    }

    [SkippableFact]
    public async Task ReopeningTheStoreKeepsWhatWasWritten()
    {
        var store = await SeededStoreAsync();
        var reopened = await ReopenAsync(store);
        var nodes = await reopened.GetNodesAsync([Shanmen, Household(1)], Ct);
        Assert.Equal(["山门村", "张山门"], nodes.Select(n => n.Name));
        Assert.Equal(9, await reopened.CountNodesAsync(new NodeCriteria { Under = Gangkou, Labels = [Labels.Household, Labels.PartyGroup, Labels.Village] }, Ct));
    }

    // ---- nodes by id ----

    [SkippableFact]
    public async Task GettingManyIdsReturnsTheExistingOnesAndSkipsMissingOnes()
    {
        var store = await SeededStoreAsync();
        var nodes = await store.GetNodesAsync([Shanmen, "village:nowhere", Household(3), Li, "hh:999", Shanmen], Ct);
        Assert.Equal([Shanmen, Household(3), Li], nodes.Select(n => n.Id));
        Assert.Equal(Labels.Village, nodes[0].Label);
        Assert.Empty(await store.GetNodesAsync([], Ct));
    }

    [SkippableFact]
    public async Task PropertyValuesRoundTripWithTheirTypes()
    {
        var store = await CreateStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(NewNode("venue:1", Labels.Venue,
            (Props.Name, "党群服务中心"), (Props.BuiltYear, 2019L), (Props.InvestmentYuan, 1500000.0),
            ("ratio", 0.25), ("open", true), ("closed", false), ("tags", new[] { "会议", "meeting" }),
            ("big", long.MaxValue), ("missing", null)));
        await store.WriteAsync(batch, Ct);

        var node = Assert.Single(await store.GetNodesAsync(["venue:1"], Ct));
        Assert.Equal("党群服务中心", node.Properties[Props.Name]);
        Assert.IsType<long>(node.Properties[Props.BuiltYear]);
        Assert.Equal(2019L, node.Properties[Props.BuiltYear]);
        Assert.IsType<double>(node.Properties[Props.InvestmentYuan]);
        Assert.Equal(1500000.0, node.Properties[Props.InvestmentYuan]);
        Assert.Equal(0.25, node.Properties["ratio"]);
        Assert.Equal(true, node.Properties["open"]);
        Assert.Equal(false, node.Properties["closed"]);
        Assert.Equal(new[] { "会议", "meeting" }, Assert.IsType<string[]>(node.Properties["tags"]));
        Assert.Equal(long.MaxValue, node.Properties["big"]);
        Assert.False(node.Properties.ContainsKey("missing"));
    }

    // ---- neighbours ----

    [SkippableFact]
    public async Task NeighboursOfSeveralNodesComeBackInOneCallWithTotals()
    {
        var store = await SeededStoreAsync();
        var pages = await store.GetNeighboursAsync(
            new NeighbourQuery([Gangkou, Xialin, Household(1), "township:none"], RelTypes.Oversees, Direction.Out, 10), Ct);

        Assert.Equal(4, pages.Count);
        Assert.Equal([Shanmen, Dongcun], pages[Gangkou].Items.Select(n => n.Node.Id));
        Assert.Equal(2, pages[Gangkou].TotalCount);
        Assert.False(pages[Gangkou].HasNextPage);
        Assert.Equal([Xicun], pages[Xialin].Items.Select(n => n.Node.Id));
        Assert.Same(NeighbourPage.Empty, pages[Household(1)]);
        Assert.Same(NeighbourPage.Empty, pages["township:none"]);
    }

    [SkippableFact]
    public async Task NeighbourPagesFollowTheCursorPerNode()
    {
        var store = await SeededStoreAsync();
        var first = await store.GetNeighboursAsync(new NeighbourQuery([Li, Wang], RelTypes.Links, Direction.Out, 2), Ct);

        Assert.Equal([Household(1), Household(2)], first[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(3, first[Li].TotalCount);
        Assert.True(first[Li].HasNextPage);
        Assert.Equal([Household(5)], first[Wang].Items.Select(n => n.Node.Id));
        Assert.False(first[Wang].HasNextPage);

        var after = first[Li].Items[^1].Cursor;
        var second = await store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 2, after), Ct);
        Assert.Equal([Household(3)], second[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(3, second[Li].TotalCount);
        Assert.False(second[Li].HasNextPage);
    }

    [SkippableFact]
    public async Task IncomingNeighboursCarryTheRelationshipWithItsEndsAndProperties()
    {
        var store = await SeededStoreAsync();
        var pages = await store.GetNeighboursAsync(
            new NeighbourQuery([Household(1), Household(4), Gangkou], RelTypes.Links, Direction.In, 5), Ct);

        var link = Assert.Single(pages[Household(1)].Items);
        Assert.Equal(Li, link.Node.Id);
        Assert.Equal("李明", link.Node.Name);
        Assert.Equal(new GraphRelationship("r:li-links-1", RelTypes.Links, Li, Household(1), link.Relationship.Properties), link.Relationship);
        Assert.Equal(2024L, link.Relationship.Properties[Props.Since]);
        Assert.Equal(0, pages[Household(4)].TotalCount);
        Assert.Empty(pages[Gangkou].Items);

        var served = await store.GetNeighboursAsync(new NeighbourQuery([Dongcun], RelTypes.ServesOn, Direction.In, 5), Ct);
        var cadre = Assert.Single(served[Dongcun].Items);
        Assert.Equal((Zhao, Dongcun, "PARTY"), (cadre.Relationship.StartId, cadre.Relationship.EndId, cadre.Relationship.GetString(Props.Committee)));
    }

    [SkippableFact]
    public async Task AForeignCursorIsRejectedWithInvalidCursor()
    {
        var store = await SeededStoreAsync();
        var garbage = await Assert.ThrowsAsync<StoreException>(() =>
            store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 2, "not-a-cursor!"), Ct));
        Assert.Equal(StoreException.InvalidCursor, garbage.Code);

        var nodeCursor = (await store.FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.Household), 1), Ct)).Items[0].Cursor;
        var foreign = await Assert.ThrowsAsync<StoreException>(() =>
            store.GetNeighboursAsync(new NeighbourQuery([Li], RelTypes.Links, Direction.Out, 2, nodeCursor), Ct));
        Assert.Equal(StoreException.InvalidCursor, foreign.Code);
    }

    // ---- find by criteria ----

    [SkippableFact]
    public async Task FindingByLabelAndBooleanEqualsMatchesOnlyTrueValues()
    {
        var store = await SeededStoreAsync();
        Assert.Equal([Shanmen], await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Village],
            Properties = [new PropertyFilter(Props.KeyVillage, FilterOp.Equals, true)],
        }));
        Assert.Equal(Sorted(Dongcun, Xicun), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Village],
            Properties = [new PropertyFilter(Props.KeyVillage, FilterOp.Equals, false)],
        }));
    }

    [SkippableFact]
    public async Task FindingByStringEqualsAndInMatchesExactValues()
    {
        var store = await SeededStoreAsync();
        Assert.Equal([Xialin], await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.DivisionType, FilterOp.Equals, "STREET")],
        }));
        Assert.Equal(Sorted(Gangkou, Xialin), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Township],
            Properties = [new PropertyFilter(Props.DivisionType, FilterOp.In, new[] { "STREET", "TOWN" })],
        }));
        Assert.Equal(Sorted(Household(1), Household(5)), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Size, FilterOp.In, new object[] { 4L, 1L, 99L })],
        }));
    }

    [SkippableFact]
    public async Task RangeFiltersCompareNumbersNumerically()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Household(1), Household(3), Household(4), Household(6)), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Household],
            Properties = [new PropertyFilter(Props.Size, FilterOp.GreaterOrEqual, 3L)],
        }));
        Assert.Equal(Sorted(Household(2), Household(4)), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Size, FilterOp.GreaterOrEqual, 1.5), new PropertyFilter(Props.Size, FilterOp.LessOrEqual, 3L)],
        }));
        Assert.Equal(Sorted(Li, Zhao), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.BirthYear, FilterOp.LessOrEqual, 1990L)],
        }));
    }

    [SkippableFact]
    public async Task StrictRangeFiltersLeaveOutTheBound()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Household(1), Household(3), Household(6)), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Household],
            Properties = [new PropertyFilter(Props.Size, FilterOp.Greater, 3L)],
        }));
        Assert.Equal(Sorted(Household(2), Household(5)), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Size, FilterOp.Less, 3L)],
        }));
        Assert.Equal(Sorted(Household(4)), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Size, FilterOp.Greater, 2.5), new PropertyFilter(Props.Size, FilterOp.Less, 4L)],
        }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Size, FilterOp.Greater, "3")],
        }));
    }

    [SkippableFact]
    public async Task RangeFiltersOnIsoInstantsSelectAHalfOpenWindowOfCasesUnderAUnit()
    {
        // The statistics' window [from, to): stored instants are UTC text of one width, so text order is time order.
        var store = await SeededStoreAsync();
        var cases = new GraphWriteBatch();
        void Case(string id, string household, string createdAt)
        {
            cases.CreateNodes.Add(new GovGraph.Domain.Model.GraphNode(id, Labels.ServiceRequest, new Dictionary<string, object?> { [Props.CreatedAt] = createdAt }));
            cases.CreateRelationships.Add(new GovGraph.Domain.Model.GraphRelationship("r:" + id, RelTypes.RaisedBy, id, household, new Dictionary<string, object?>()));
        }

        Case("request:before", Household(1), "2026-11-01T15:59:59.9999999Z");
        Case("request:from", Household(1), "2026-11-01T16:00:00.0000000Z");
        Case("request:inside", Household(3), "2026-11-09T01:30:00.5000000Z");
        Case("request:elsewhere", Household(5), "2026-11-09T01:30:00.5000000Z");
        Case("request:to", Household(2), "2026-11-15T16:00:00.0000000Z");
        await store.WriteAsync(cases, Ct);

        Assert.Equal(Sorted("request:from", "request:inside"), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.ServiceRequest],
            Under = Shanmen,
            Properties =
            [
                new PropertyFilter(Props.CreatedAt, FilterOp.GreaterOrEqual, "2026-11-01T16:00:00.0000000Z"),
                new PropertyFilter(Props.CreatedAt, FilterOp.Less, "2026-11-15T16:00:00.0000000Z"),
            ],
        }));
        Assert.Equal(Sorted("request:inside", "request:to"), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.ServiceRequest],
            Under = Shanmen,
            Properties =
            [
                new PropertyFilter(Props.CreatedAt, FilterOp.Greater, "2026-11-01T16:00:00.0000000Z"),
                new PropertyFilter(Props.CreatedAt, FilterOp.LessOrEqual, "2026-11-15T16:00:00.0000000Z"),
            ],
        }));
    }

    [SkippableFact]
    public async Task ExistsMatchesNodesThatHaveTheProperty()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Household(1), Household(3)), await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Phone, FilterOp.Exists)],
        }));
    }

    [SkippableFact]
    public async Task UnassignedHouseholdsAreThoseWithNoIncomingLinks()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Household(4), Household(6)), await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        }));
        Assert.Equal(Sorted(Li, Wang), await IdsAsync(store, new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out)],
        }));
    }

    [SkippableFact]
    public async Task RelationshipFiltersCanRequireARelationshipProperty()
    {
        var store = await SeededStoreAsync();
        Assert.Equal([Zhao], await IdsAsync(store, new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.ServesOn, Direction.Out, PropertyName: Props.Committee, PropertyValue: "PARTY")],
        }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.ServesOn, Direction.Out, PropertyName: Props.Committee, PropertyValue: "VILLAGERS")],
        }));
        Assert.Equal([Li], await IdsAsync(store, new NodeCriteria
        {
            Labels = [Labels.Person],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out, PropertyName: Props.Since, PropertyValue: 2024L)],
        }));
    }

    [SkippableFact]
    public async Task FindPagesByCursorWithTotalAndNextPage()
    {
        var store = await SeededStoreAsync();
        var criteria = NodeCriteria.OfLabel(Labels.Household);
        var first = await store.FindNodesAsync(new NodeQuery(criteria, 4), Ct);
        Assert.Equal([Household(1), Household(2), Household(3), Household(4)], first.Items.Select(i => i.Node.Id));
        Assert.Equal(6, first.TotalCount);
        Assert.True(first.HasNextPage);

        var second = await store.FindNodesAsync(new NodeQuery(criteria, 4, first.Items[^1].Cursor, IncludeTotal: false), Ct);
        Assert.Equal([Household(5), Household(6)], second.Items.Select(i => i.Node.Id));
        Assert.Equal(-1, second.TotalCount);
        Assert.False(second.HasNextPage);
    }

    // ---- under X ----

    [SkippableFact]
    public async Task UnderATownshipIncludesItselfItsUnitsHouseholdsAndPeopleButNotOtherTownships()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(
            Sorted(Gangkou, Shanmen, Dongcun, ShanmenGroup1, ShanmenGroup2, DongcunGroup, ShanmenCentral,
                Household(1), Household(2), Household(3), Household(4), Li, Zhao),
            await IdsAsync(store, new NodeCriteria { Under = Gangkou }));
        Assert.Equal(Sorted(Xialin, Xicun, XicunGroup, Household(5), Wang), await IdsAsync(store, new NodeCriteria { Under = Xialin }));
    }

    [SkippableFact]
    public async Task UnderCombinesWithLabelsAndFilters()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Household(1), Household(2)), await IdsAsync(store, new NodeCriteria { Under = ShanmenGroup1, Labels = [Labels.Household] }));
        Assert.Equal([Household(4)], await IdsAsync(store, new NodeCriteria
        {
            Under = Gangkou,
            Labels = [Labels.Household],
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
        }));
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria { Under = City }, Ct));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Under = "township:none" }));
    }

    [SkippableFact]
    public async Task NodesWithoutAPlacingRelationshipSitUnderTheCity()
    {
        var store = await SeededStoreAsync();
        var underCity = await IdsAsync(store, new NodeCriteria { Under = City, Labels = [Labels.Person, Labels.Household] });
        Assert.Contains(Leader, underCity);
        Assert.Contains(Household(6), underCity);
        Assert.DoesNotContain(Leader, await IdsAsync(store, new NodeCriteria { Under = Gangkou }));
    }

    [SkippableFact]
    public async Task APlacingRelationshipWrittenLaterMovesTheNode()
    {
        var store = await SeededStoreAsync();
        Assert.DoesNotContain(Household(6), await IdsAsync(store, new NodeCriteria { Under = Xialin }));

        var batch = new GraphWriteBatch();
        batch.CreateRelationships.Add(NewRel("r:cov-6", RelTypes.Covers, XicunGroup, Household(6)));
        await store.WriteAsync(batch, Ct);

        Assert.Contains(Household(6), await IdsAsync(store, new NodeCriteria { Under = XicunGroup }));
        Assert.Contains(Household(6), await IdsAsync(store, new NodeCriteria { Under = Xialin }));
        Assert.DoesNotContain(Household(6), await IdsAsync(store, new NodeCriteria { Under = Gangkou }));
    }

    [SkippableFact]
    public async Task AttachingAVillageLaterMovesItsWholeSubtree()
    {
        var store = await SeededStoreAsync();
        var first = new GraphWriteBatch();
        first.CreateNodes.Add(NewNode("village:new", Labels.Village, (Props.Name, "新村")));
        first.CreateNodes.Add(NewNode("group:new", Labels.PartyGroup, (Props.Name, "新村党小组")));
        first.CreateNodes.Add(NewNode("hh:new", Labels.Household, (Props.HeadName, "新户"), (Props.Size, 2L)));
        first.CreateNodes.Add(NewNode("person:new", Labels.Person, (Props.Name, "新党员")));
        first.CreateRelationships.Add(NewRel("r:new-g", RelTypes.Oversees, "village:new", "group:new"));
        first.CreateRelationships.Add(NewRel("r:new-cov", RelTypes.Covers, "group:new", "hh:new"));
        first.CreateRelationships.Add(NewRel("r:new-member", RelTypes.MemberOf, "person:new", "group:new"));
        await store.WriteAsync(first, Ct);
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Under = Xialin, Labels = [Labels.Household, Labels.Person], NameContains = "新" }));

        var second = new GraphWriteBatch();
        second.CreateRelationships.Add(NewRel("r:xialin-new", RelTypes.Oversees, Xialin, "village:new"));
        await store.WriteAsync(second, Ct);

        Assert.Equal(Sorted("village:new", "group:new", "hh:new", "person:new"),
            await IdsAsync(store, new NodeCriteria { Under = "village:new" }));
        Assert.Equal(Sorted("hh:new", "person:new", Household(5), Wang),
            await IdsAsync(store, new NodeCriteria { Under = Xialin, Labels = [Labels.Household, Labels.Person] }));
    }

    [SkippableFact]
    public async Task APersonIsPlacedByMembershipBeforeOtherRoles()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateRelationships.Add(NewRel("r:wang-serves", RelTypes.ServesOn, Wang, Dongcun));
        await store.WriteAsync(batch, Ct);
        Assert.Contains(Wang, await IdsAsync(store, new NodeCriteria { Under = Xialin }));
        Assert.DoesNotContain(Wang, await IdsAsync(store, new NodeCriteria { Under = Gangkou }));
    }

    // ---- name search ----

    [SkippableFact]
    public async Task NameSearchFindsChineseSubstringsOfAnyLength()
    {
        var store = await SeededStoreAsync();
        var villages = new NodeCriteria { Labels = [Labels.Village] };
        Assert.Equal([Shanmen], await IdsAsync(store, villages with { NameContains = "山门村" }));
        Assert.Equal([Shanmen], await IdsAsync(store, villages with { NameContains = "山门" }));
        Assert.Equal([Shanmen], await IdsAsync(store, villages with { NameContains = "门村" }));
        Assert.Equal(Sorted(Shanmen, Dongcun, Xicun), await IdsAsync(store, villages with { NameContains = "村" }));
        Assert.Equal(Sorted(ShanmenGroup1, ShanmenGroup2), await IdsAsync(store, new NodeCriteria { NameContains = "山门村第" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "门山" }));
    }

    [SkippableFact]
    public async Task NameSearchUsesTheHouseholdHeadName()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(Sorted(Shanmen, ShanmenGroup1, ShanmenGroup2, Household(1)), await IdsAsync(store, new NodeCriteria { NameContains = "山门" }));
        Assert.Equal([Household(1)], await IdsAsync(store, new NodeCriteria { NameContains = "张山门" }));
    }

    [SkippableFact]
    public async Task NameSearchIgnoresLatinCaseAndTreatsWildcardsAsText()
    {
        var store = await SeededStoreAsync();
        Assert.Equal([Zhao], await IdsAsync(store, new NodeCriteria { NameContains = "zhao lei" }));
        Assert.Equal([Zhao], await IdsAsync(store, new NodeCriteria { NameContains = "ZH" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "%" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "_" }));
        Assert.Equal([Household(6)], await IdsAsync(store, new NodeCriteria { NameContains = "');" }));
        Assert.Equal([Household(6)], await IdsAsync(store, new NodeCriteria { NameContains = "DROP TABLE" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "\"DROP" }));
    }

    // ---- count and sum ----

    [SkippableFact]
    public async Task CountAndSumUseTheSameCriteriaAsFind()
    {
        var store = await SeededStoreAsync();
        var households = new NodeCriteria { Under = Gangkou, Labels = [Labels.Household] };
        Assert.Equal(4, await store.CountNodesAsync(households, Ct));
        Assert.Equal(14.0, await store.SumAsync(households, Props.Size, Ct));
        Assert.Equal(21.0, await store.SumAsync(NodeCriteria.OfLabel(Labels.Household), Props.Size, Ct));
        Assert.Equal(0.0, await store.SumAsync(new NodeCriteria { Under = "township:none" }, Props.Size, Ct));
        Assert.Equal(0.0, await store.SumAsync(NodeCriteria.OfLabel(Labels.Village), Props.Name, Ct));
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Labels = [] }, Ct));
    }

    // ---- writes ----

    [SkippableFact]
    public async Task ARelationshipToAMissingNodeFailsTheWholeBatch()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(NewNode("hh:7", Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L)));
        batch.CreateRelationships.Add(NewRel("r:cov-7", RelTypes.Covers, ShanmenGroup1, "hh:7"));
        batch.CreateRelationships.Add(NewRel("r:ghost", RelTypes.Links, "person:ghost", "hh:7"));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(batch, Ct));
        Assert.Equal(StoreException.NodeNotFound, error.Code);
        Assert.Contains("person:ghost", error.Message);
        Assert.Empty(await store.GetNodesAsync(["hh:7"], Ct));
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria(), Ct));
    }

    [SkippableFact]
    public async Task ADuplicateIdFailsTheWholeBatch()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch();
        batch.CreateNodes.Add(NewNode("hh:7", Labels.Household, (Props.HeadName, "孙七"), (Props.Size, 3L)));
        batch.CreateNodes.Add(NewNode(Shanmen, Labels.Village, (Props.Name, "另一个山门村")));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(batch, Ct));
        Assert.Equal(StoreException.DuplicateId, error.Code);
        Assert.Empty(await store.GetNodesAsync(["hh:7"], Ct));
        Assert.Equal("山门村", Assert.Single(await store.GetNodesAsync([Shanmen], Ct)).Name);
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "另一个" }));

        var relBatch = new GraphWriteBatch();
        relBatch.CreateRelationships.Add(NewRel("r:cov-1", RelTypes.Covers, XicunGroup, Household(6)));
        Assert.Equal(StoreException.DuplicateId, (await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(relBatch, Ct))).Code);
        Assert.DoesNotContain(Household(6), await IdsAsync(store, new NodeCriteria { Under = Xialin }));
    }

    [SkippableFact]
    public async Task ALargeBatchIsWrittenCompletelyAndPlaced()
    {
        var store = await SeededStoreAsync();
        const int count = 20_000;
        var batch = new GraphWriteBatch();
        for (var i = 0; i < count; i++)
        {
            batch.CreateNodes.Add(NewNode($"bulk:{i}", Labels.Household, (Props.HeadName, $"户主{i}"), (Props.Size, (long)(i % 5 + 1))));
            batch.CreateRelationships.Add(NewRel($"r:bulk:{i}", RelTypes.Covers, i % 2 == 0 ? DongcunGroup : XicunGroup, $"bulk:{i}"));
        }

        await store.WriteAsync(batch, Ct);

        Assert.Equal(count + 6, await store.CountNodesAsync(NodeCriteria.OfLabel(Labels.Household), Ct));
        Assert.Equal(count / 2 + 1, await store.CountNodesAsync(new NodeCriteria { Under = DongcunGroup, Labels = [Labels.Household] }, Ct));
        Assert.Equal(count / 2 + 1, await store.CountNodesAsync(new NodeCriteria { Under = Xialin, Labels = [Labels.Household] }, Ct));
        var pages = await store.GetNeighboursAsync(new NeighbourQuery([DongcunGroup, XicunGroup], RelTypes.Covers, Direction.Out, 3), Ct);
        Assert.Equal(count / 2 + 1, pages[XicunGroup].TotalCount);
        Assert.Equal([Household(5), "bulk:1", "bulk:3"], pages[XicunGroup].Items.Select(n => n.Node.Id));
        Assert.Equal(["bulk:12345"], (await IdsAsync(store, new NodeCriteria { NameContains = "户主12345" })));
    }

    // ---- read all and replace all ----

    [SkippableFact]
    public async Task ReadingAllReturnsEveryNodeAndRelationshipInWriteOrderWithTheirPropertyTypes()
    {
        var store = await CreateStoreAsync();
        var batch = Build();
        batch.CreateNodes.Add(NewNode("venue:1", Labels.Venue,
            (Props.Name, "党群服务中心"), (Props.BuiltYear, 2019L), (Props.InvestmentYuan, 1500000.0),
            ("ratio", 0.25), ("open", true), ("tags", new[] { "会议", "meeting" }), ("missing", null)));
        batch.CreateRelationships.Add(NewRel("r:shanmen-venue", RelTypes.HasVenue, Shanmen, "venue:1", ("areas", new[] { "教育" }), ("weight", 2.0)));
        await store.WriteAsync(batch, Ct);

        var nodes = await store.ReadAllNodesAsync(Ct).ToListAsync();
        var relationships = await store.ReadAllRelationshipsAsync(Ct).ToListAsync();

        Assert.Equal(GraphText.Of(batch.CreateNodes), GraphText.Of(nodes));
        Assert.Equal(GraphText.Of(batch.CreateRelationships), GraphText.Of(relationships));
        var venue = nodes[^1];
        Assert.IsType<long>(venue.Properties[Props.BuiltYear]);
        Assert.IsType<double>(venue.Properties[Props.InvestmentYuan]);
        Assert.IsType<bool>(venue.Properties["open"]);
        Assert.False(venue.Properties.ContainsKey("missing"));
        Assert.IsType<double>(relationships[^1].Properties["weight"]);
    }

    [SkippableFact]
    public async Task ReadingAllFromAnEmptyStoreYieldsNothing()
    {
        var store = await CreateStoreAsync();
        Assert.Empty(await store.ReadAllNodesAsync(Ct).ToListAsync());
        Assert.Empty(await store.ReadAllRelationshipsAsync(Ct).ToListAsync());
    }

    [SkippableFact]
    public async Task AReplaceAllBatchReplacesTheWholeGraph()
    {
        var store = await SeededStoreAsync();
        var batch = new GraphWriteBatch { ReplaceAll = true };
        batch.CreateNodes.Add(NewNode(City, Labels.City, (Props.Name, "新宁国市")));
        batch.CreateNodes.Add(NewNode("township:new", Labels.Township, (Props.Name, "新镇"), (Props.DivisionType, "TOWN")));
        batch.CreateNodes.Add(NewNode(Shanmen, Labels.Village, (Props.Name, "新山门村")));
        batch.CreateRelationships.Add(NewRel("r:city-gangkou", RelTypes.Oversees, City, "township:new"));
        batch.CreateRelationships.Add(NewRel("r:new-shanmen", RelTypes.Oversees, "township:new", Shanmen));
        await store.WriteAsync(batch, Ct);

        Assert.Equal(GraphText.Of(batch.CreateNodes), await GraphText.NodesAsync(store));
        Assert.Equal(GraphText.Of(batch.CreateRelationships), await GraphText.RelationshipsAsync(store));
        Assert.Empty(await store.GetNodesAsync([Gangkou, Household(1), Li], Ct));
        Assert.Equal([Shanmen], await IdsAsync(store, new NodeCriteria { NameContains = "山门" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "张山门" }));
        Assert.Equal(Sorted("township:new", Shanmen), await IdsAsync(store, new NodeCriteria { Under = "township:new" }));
    }

    [SkippableFact]
    public async Task AnEmptyReplaceAllBatchEmptiesTheStore()
    {
        var store = await SeededStoreAsync();
        await store.WriteAsync(new GraphWriteBatch { ReplaceAll = true }, Ct);
        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Empty(await store.ReadAllRelationshipsAsync(Ct).ToListAsync());
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "山门" }));
    }

    [SkippableFact]
    public async Task AFailingReplaceAllBatchLeavesTheOldGraphIntact()
    {
        var store = await SeededStoreAsync();
        var nodesBefore = await GraphText.NodesAsync(store);
        var relationshipsBefore = await GraphText.RelationshipsAsync(store);
        var batch = new GraphWriteBatch { ReplaceAll = true };
        batch.CreateNodes.Add(NewNode("village:only", Labels.Village, (Props.Name, "唯一村")));
        batch.CreateRelationships.Add(NewRel("r:ghost", RelTypes.Oversees, "township:ghost", "village:only"));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(batch, Ct));

        Assert.Equal(StoreException.NodeNotFound, error.Code);
        Assert.Equal(nodesBefore, await GraphText.NodesAsync(store));
        Assert.Equal(relationshipsBefore, await GraphText.RelationshipsAsync(store));
        Assert.Equal(Sorted(Shanmen, ShanmenGroup1, ShanmenGroup2, Household(1)), await IdsAsync(store, new NodeCriteria { NameContains = "山门" }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { NameContains = "唯一" }));
    }

    // ---- injection ----

    [SkippableFact]
    public async Task APropertyNameThatIsNotAnIdentifierIsRejected()
    {
        var store = await SeededStoreAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.CountNodesAsync(new NodeCriteria
        {
            Properties = [new PropertyFilter("x') OR 1=1 --", FilterOp.Exists)],
        }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SumAsync(new NodeCriteria(), "size) FROM nodes; --", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CountNodesAsync(new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out, PropertyName: "a.b")],
        }, Ct));
    }

    [SkippableFact]
    public async Task ValuesThatLookLikeSqlAreTreatedAsData()
    {
        var store = await SeededStoreAsync();
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.Name, FilterOp.Equals, "x' OR '1'='1")],
        }, Ct));
        Assert.Equal([Household(6)], await IdsAsync(store, new NodeCriteria
        {
            Properties = [new PropertyFilter(Props.HeadName, FilterOp.Equals, "Robert'); DROP TABLE nodes;--")],
        }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Labels = ["Village' OR 1=1 --"] }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Under = "x' OR 1=1 --" }));
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria(), Ct));
    }
}
