using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests;

/// <summary>
/// The caller's scope in the store's own queries: <see cref="NodeCriteria.Within"/>, <see cref="NodeCriteria.Ids"/>
/// and <see cref="ChangeQuery.Within"/>. Under 港口镇 sit its two villages, their three groups, the central
/// household, hh:1–4, 李明 (a member in 山门村's first group) and Zhao (serving 东村): 13 nodes.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly string[] InGangkou =
    [
        Gangkou, Shanmen, Dongcun, ShanmenGroup1, ShanmenGroup2, DongcunGroup, ShanmenCentral,
        Household(1), Household(2), Household(3), Household(4), Li, Zhao,
    ];

    [SkippableFact]
    public async Task WithinAScopeFindsAndCountsOnlyWhatIsPlacedAtOrUnderIt()
    {
        var store = await SeededStoreAsync();

        Assert.Equal(Sorted(InGangkou), await IdsAsync(store, new NodeCriteria { Within = Gangkou }));
        Assert.Equal(13, await store.CountNodesAsync(new NodeCriteria { Within = Gangkou }, Ct));
        Assert.Equal(Sorted(Household(1), Household(2), Household(3), Household(4)),
            await IdsAsync(store, new NodeCriteria { Labels = [Labels.Household], Within = Gangkou }));
        Assert.Equal([Xicun], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Village], Within = Xialin }));
    }

    [SkippableFact]
    public async Task AnUnknownScopeMatchesNothing()
    {
        var store = await SeededStoreAsync();

        Assert.Empty(await IdsAsync(store, new NodeCriteria { Within = "township:none" }));
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Within = "township:none", Labels = [Labels.Household] }, Ct));
        Assert.Equal(0, await store.SumAsync(new NodeCriteria { Within = "township:none" }, Props.Size, Ct));
    }

    [SkippableFact]
    public async Task AScopeOrIdsThatLookLikeQueriesAreOnlyUnknownIds()
    {
        var store = await SeededStoreAsync();
        const string Evil = "x') OR 1=1; DROP TABLE nodes;-- }) MATCH (n) DETACH DELETE n //";

        Assert.Empty(await IdsAsync(store, new NodeCriteria { Within = Evil, Ids = [Evil] }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Under = Evil, Within = Evil }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Ids = [Evil, Shanmen], Within = Xialin }));
        Assert.Empty((await store.ReadChangesAsync(new ChangeQuery(0, 10) { Under = Evil, Within = Evil }, Ct)).Events);
        Assert.Equal(21, await store.CountNodesAsync(new NodeCriteria(), Ct));
    }

    [SkippableFact]
    public async Task WithinAndUnderMustBothHold()
    {
        var store = await SeededStoreAsync();
        var inShanmen = Sorted(Shanmen, ShanmenGroup1, ShanmenGroup2, ShanmenCentral, Household(1), Household(2), Household(3), Li);

        Assert.Equal(inShanmen, await IdsAsync(store, new NodeCriteria { Under = Gangkou, Within = Shanmen }));
        Assert.Equal(inShanmen, await IdsAsync(store, new NodeCriteria { Under = Shanmen, Within = Gangkou }));
        Assert.Equal(inShanmen, await IdsAsync(store, new NodeCriteria { Under = City, Within = Shanmen }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Under = Xialin, Within = Gangkou }));
        Assert.Equal(0, await store.CountNodesAsync(new NodeCriteria { Under = Xicun, Within = Shanmen }, Ct));
    }

    [SkippableFact]
    public async Task DepthsStayRelativeToUnderInsideAScope()
    {
        var store = await SeededStoreAsync();

        var page = await store.FindNodesAsync(new NodeQuery(new NodeCriteria { Under = Gangkou, MaxDepth = 1, Within = Shanmen }, 10), Ct);

        var only = Assert.Single(page.Items);
        Assert.Equal((Shanmen, 1), (only.Node.Id, only.Depth));
        Assert.Equal(1, page.TotalCount);
    }

    [SkippableFact]
    public async Task IdsNarrowAFindToThoseNodesAndCombineWithTheScope()
    {
        var store = await SeededStoreAsync();
        string[] asked = [Household(1), Household(5), Shanmen, "hh:999", Household(1)];

        Assert.Equal(Sorted(Household(1), Household(5), Shanmen), await IdsAsync(store, new NodeCriteria { Ids = asked }));
        Assert.Equal(Sorted(Household(1), Shanmen), await IdsAsync(store, new NodeCriteria { Ids = asked, Within = Gangkou }));
        Assert.Equal([Household(1)], await IdsAsync(store, new NodeCriteria { Ids = asked, Within = Gangkou, Under = ShanmenGroup1 }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Ids = [] }));
        Assert.Equal(2, await store.CountNodesAsync(new NodeCriteria { Ids = asked, Labels = [Labels.Household] }, Ct));
    }

    [SkippableFact]
    public async Task ASumWithinAScopeAddsOnlyItsNodes()
    {
        var store = await SeededStoreAsync();

        Assert.Equal(21, await store.SumAsync(NodeCriteria.OfLabel(Labels.Household), Props.Size, Ct));
        Assert.Equal(14, await store.SumAsync(NodeCriteria.OfLabel(Labels.Household) with { Within = Gangkou }, Props.Size, Ct));
        Assert.Equal(6, await store.SumAsync(new NodeCriteria
        {
            Labels = [Labels.Household],
            Within = Gangkou,
            Under = ShanmenGroup1,
            Ids = [Household(1), Household(2), Household(3), Household(5)],
        }, Props.Size, Ct));
    }

    [SkippableFact]
    public async Task ARelationshipFilterDescribesTheVisibleNodeWhereverItsOtherEndSits()
    {
        var store = await SeededStoreAsync();
        var contacted = new RelationshipFilter(RelTypes.Contacts, Direction.In);
        var uncontacted = contacted with { Exists = false };

        // The city's leader contacts 港口镇 but is placed under the city, outside the township: 港口镇 is contacted all
        // the same (a fact about 港口镇), while the leader himself stays out of every answer within the township.
        Assert.Equal([Gangkou], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Township], Relationships = [contacted] }));
        Assert.Equal([Gangkou], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Township], Relationships = [contacted], Within = Gangkou }));
        Assert.Equal([Xialin], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Township], Relationships = [uncontacted] }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Labels = [Labels.Township], Relationships = [uncontacted], Within = Gangkou }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Labels = [Labels.Person], Relationships = [new RelationshipFilter(RelTypes.Contacts, Direction.Out)], Within = Gangkou }));
    }

    [SkippableFact]
    public async Task RelationshipCountsWithinAScopeCountEveryRelationshipOfTheVisibleNode()
    {
        var store = await SeededStoreAsync();
        var linksThree = new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = 3 };
        var linksTwoAtMost = new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = 1, MaxCount = 2 };

        // 李明 links hh:1 and hh:2 in his own group and hh:3 in the second group of 山门村: he links three households
        // whoever asks, though a caller scoped to his group never sees hh:3 itself.
        Assert.Equal([Li], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Person], Relationships = [linksThree] }));
        Assert.Equal([Li], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Person], Relationships = [linksThree], Within = ShanmenGroup1 }));
        Assert.Empty(await IdsAsync(store, new NodeCriteria { Labels = [Labels.Person], Relationships = [linksTwoAtMost], Within = ShanmenGroup1 }));
        Assert.Equal([Li], await IdsAsync(store, new NodeCriteria { Labels = [Labels.Person], Relationships = [linksThree], Within = Shanmen }));
        Assert.DoesNotContain(Household(3), await IdsAsync(store, new NodeCriteria { Labels = [Labels.Household], Within = ShanmenGroup1 }));
    }

    [SkippableFact]
    public async Task NeighboursWithinAScopeListAndCountOnlyVisibleOnes()
    {
        var store = await SeededStoreAsync();

        var pages = await store.GetNeighboursAsync(new NeighbourQuery([Li, Gangkou], RelTypes.Links, Direction.Out, 10)
        {
            Target = new NodeCriteria { Within = ShanmenGroup1 },
        }, Ct);
        Assert.Equal([Household(1), Household(2)], pages[Li].Items.Select(n => n.Node.Id));
        Assert.Equal(2, pages[Li].TotalCount);

        var contacts = await store.GetNeighboursAsync(new NeighbourQuery([Gangkou], RelTypes.Contacts, Direction.In, 10)
        {
            Target = new NodeCriteria { Within = Gangkou },
        }, Ct);
        Assert.Equal(0, contacts[Gangkou].TotalCount);
        Assert.Empty(contacts[Gangkou].Items);
    }

    [SkippableFact]
    public async Task OrdersWithinAScopeSortTheVisibleNodesByTheirTrueCounts()
    {
        var store = await SeededStoreAsync();

        // Zhao links four households, two of them outside 港口镇; 王芳 (in 西村) links hh:4 in 东村. Both orders rank
        // the nodes the caller sees by their true counts, so they rank the same inside the scope as outside it.
        var batch = new GraphWriteBatch();
        batch.CreateRelationships.AddRange(
        [
            NewRel("r:zhao-links-2", RelTypes.Links, Zhao, Household(2)),
            NewRel("r:zhao-links-3", RelTypes.Links, Zhao, Household(3)),
            NewRel("r:zhao-links-5", RelTypes.Links, Zhao, Household(5)),
            NewRel("r:zhao-links-6", RelTypes.Links, Zhao, Household(6)),
            NewRel("r:wang-links-4", RelTypes.Links, Wang, Household(4)),
        ]);
        await store.WriteAsync(batch, Ct);

        var byLinks = new NodeOrder(NodeOrderKey.RelationshipCount, Descending: true) { Relationship = (RelTypes.Links, Direction.Out) };
        async Task<List<string>> PeopleAsync(string? within) => (await store.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Labels = [Labels.Person], Within = within }, 2) { Order = byLinks }, Ct)).Items.Select(i => i.Node.Id).ToList();
        Assert.Equal([Zhao, Li], await PeopleAsync(null));
        Assert.Equal([Zhao, Li], await PeopleAsync(Gangkou));

        var byUnassigned = new NodeOrder(NodeOrderKey.CountUnder, Descending: true)
        {
            CountUnder = new NodeCriteria { Labels = [Labels.Household], Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)] },
        };
        async Task<List<string>> VillagesAsync(string? within) => (await store.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Labels = [Labels.Village], Under = Gangkou, Within = within }, 10) { Order = byUnassigned }, Ct)).Items.Select(i => i.Node.Id).ToList();
        Assert.Equal([Shanmen, Dongcun], await VillagesAsync(null));
        Assert.Equal([Shanmen, Dongcun], await VillagesAsync(Gangkou));
    }

    [SkippableFact]
    public async Task ChangesWithinAScopeAreOnlyThoseUnderIt()
    {
        var store = await SeededStoreAsync();
        var before = (await store.GetChangeLogInfoAsync(Ct)).Latest;
        await AddHouseholdSevenAsync(store);
        await store.ExecuteWriteAsync(Tester, async (tx, ct) =>
        {
            var person = NewNode("person:xi", Labels.Person, (Props.Name, "西人"), (Props.PartyMember, true));
            await tx.InsertNodeAsync(person, ct);
            tx.Append(Created(person));
            var member = NewRel("r:xi-member", RelTypes.MemberOf, "person:xi", XicunGroup);
            await tx.InsertRelationshipAsync(member, ct);
            tx.Append(RelationshipCreated(member));
            return 0;
        }, Ct);

        async Task<List<string?>> NodesAsync(ChangeQuery query) =>
            (await store.ReadChangesAsync(query, Ct)).Events.Where(e => e.Type == ChangeType.NodeCreated).Select(e => e.NodeId).ToList();

        Assert.Equal([Household(7), "person:xi"], await NodesAsync(new ChangeQuery(before, 10)));
        Assert.Equal([Household(7)], await NodesAsync(new ChangeQuery(before, 10) { Within = Gangkou }));
        Assert.Equal(["person:xi"], await NodesAsync(new ChangeQuery(before, 10) { Within = Xialin }));
        Assert.Equal([Household(7)], await NodesAsync(new ChangeQuery(before, 10) { Under = City, Within = Dongcun }));
        Assert.Equal([Household(7)], await NodesAsync(new ChangeQuery(before, 10) { Under = DongcunGroup, Within = Gangkou }));
        Assert.Empty(await NodesAsync(new ChangeQuery(before, 10) { Under = Xicun, Within = Gangkou }));
        Assert.Empty((await store.ReadChangesAsync(new ChangeQuery(before, 10) { Within = "township:none" }, Ct)).Events);
        Assert.Equal(2, (await store.ReadChangesAsync(new ChangeQuery(before, 10) { Within = Gangkou, Types = [ChangeType.NodeCreated, ChangeType.RelationshipCreated] }, Ct)).Events.Count);
    }
}
