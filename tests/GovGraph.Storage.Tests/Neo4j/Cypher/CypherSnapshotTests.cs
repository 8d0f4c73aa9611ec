using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;
using Snapshooter.Xunit;

namespace GovGraph.Storage.Tests.Neo4j.Cypher;

/// <summary>The Cypher text and parameters of every query shape the Neo4j store sends, one snapshot each.</summary>
public sealed class CypherSnapshotTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly NodeCriteria Unassigned = new()
    {
        Labels = [Labels.Household],
        Under = "village:shanmen",
        Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
    };

    [Fact]
    public void GetNodesUnwindsTheIds() => Match(GetNodesCypher.Build(["village:shanmen", "township:gangkou", "village:shanmen"]));

    [Fact]
    public void FindNodesInInsertionOrderPagesBySequence() =>
        Match(FindNodesCypher.Build(new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10), 42, Today));

    [Fact]
    public void FindUnassignedHouseholdsUnderAVillage() =>
        Match(FindNodesCypher.Build(new NodeQuery(Unassigned, 20), 0, Today));

    [Fact]
    public void FindNodesWithEveryFilterKind() => Match(FindNodesCypher.Build(new NodeQuery(new NodeCriteria
    {
        Labels = [Labels.Person, Labels.Household],
        Under = "township:gangkou",
        MinDepth = 1,
        MaxDepth = 3,
        AsOf = new DateOnly(2020, 1, 1),
        NameContains = "山门",
        Properties =
        [
            new PropertyFilter(Props.PartyMember, FilterOp.Equals, true),
            new PropertyFilter(Props.Category, FilterOp.In, new[] { "instructor", "cadre" }),
            new PropertyFilter(Props.BirthYear, FilterOp.GreaterOrEqual, 1970L),
            new PropertyFilter(Props.BirthYear, FilterOp.LessOrEqual, 1990L),
            new PropertyFilter(Props.Phone, FilterOp.Exists),
            new PropertyFilter("notInTheModel", FilterOp.Equals, null),
        ],
        Relationships =
        [
            new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = 21 },
            new RelationshipFilter(RelTypes.MemberOf, Direction.Out, PropertyName: Props.Title, PropertyValue: "secretary"),
        ],
    }, 5), 0, Today));

    [Fact]
    public void FindCasesRaisedInAHalfOpenWindowUnderAUnit() => Match(FindNodesCypher.Build(new NodeQuery(new NodeCriteria
    {
        Labels = [Labels.ServiceRequest],
        Under = "township:gangkou",
        Properties =
        [
            new PropertyFilter(Props.CreatedAt, FilterOp.GreaterOrEqual, "2026-11-01T16:00:00.0000000Z"),
            new PropertyFilter(Props.CreatedAt, FilterOp.Less, "2026-11-15T16:00:00.0000000Z"),
            new PropertyFilter(Props.Extensions, FilterOp.Greater, 0L),
        ],
    }, 1000, IncludeTotal: false), 0, Today));

    [Fact]
    public void FindVillagesByUnassignedHouseholdsUnderEach() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10) { Order = new NodeOrder(NodeOrderKey.CountUnder, Descending: true) { CountUnder = Unassigned } },
        10, Today));

    [Fact]
    public void FindMembersByHouseholdsLinked() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Person), 10) { Order = new NodeOrder(NodeOrderKey.RelationshipCount, Descending: true) { Relationship = (RelTypes.Links, Direction.Out) } },
        0, Today));

    [Fact]
    public void FindNodesByName() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10) { Order = NodeOrder.ByName }, 0, Today));

    [Fact]
    public void FindUnassignedHouseholdsUnderAVillageWithinAScope() =>
        Match(FindNodesCypher.Build(new NodeQuery(Unassigned with { Within = "township:gangkou" }, 20), 0, Today));

    [Fact]
    public void FindNodesWithinAScopeWalkDownFromIt() => Match(FindNodesCypher.Build(new NodeQuery(new NodeCriteria
    {
        Labels = [Labels.Township],
        Within = "township:gangkou",
        Relationships = [new RelationshipFilter(RelTypes.Contacts, Direction.In) { MinCount = 1 }],
    }, 10), 0, Today));

    [Fact]
    public void FindNodesByIdsWithinAScope() => Match(FindNodesCypher.Build(new NodeQuery(new NodeCriteria
    {
        Ids = ["household:1", "village:shanmen", "household:1"],
        Within = "township:gangkou",
    }, 2, IncludeTotal: false), 0, Today));

    [Fact]
    public void FindVillagesByUnassignedHouseholdsWithinAScope() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Village) with { Within = "township:gangkou" }, 10)
        {
            Order = new NodeOrder(NodeOrderKey.CountUnder, Descending: true) { CountUnder = Unassigned with { Under = null } },
        },
        0, Today));

    [Fact]
    public void FindMembersByHouseholdsLinkedWithinAScope() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Person) with { Within = "village:shanmen" }, 10)
        {
            Order = new NodeOrder(NodeOrderKey.RelationshipCount, Descending: true) { Relationship = (RelTypes.Links, Direction.Out) },
        },
        0, Today));

    [Fact]
    public void CountNodesWithinAScope() => Match(CountNodesCypher.Build(NodeCriteria.OfLabel(Labels.Household) with { Within = "village:shanmen" }, Today));

    [Fact]
    public void SumAPropertyWithinAScope() =>
        Match(SumCypher.Build(NodeCriteria.OfLabel(Labels.Household) with { Under = "village:shanmen", Within = "township:gangkou" }, Props.Size, Today));

    [Fact]
    public void NeighboursWithinAScope() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["person:li"], RelTypes.Links, Direction.Out, 10) { Target = new NodeCriteria { Within = "group:shanmen-1" } }, 0, Today));

    [Fact]
    public void ReadChangesUnderANodeWithinAScope() => Match(ChangeLogCypher.Read(5, 10, "village:shanmen", null, "township:gangkou"));

    [Fact]
    public void CountNodesUnderAUnit() => Match(CountNodesCypher.Build(Unassigned, Today));

    [Fact]
    public void SumAProperty() => Match(SumCypher.Build(NodeCriteria.OfLabel(Labels.Household) with { Under = "village:shanmen" }, Props.Size, Today));

    [Fact]
    public void NeighboursInRelationshipOrder() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["village:shanmen", "village:dongcun"], RelTypes.Oversees, Direction.Out, 50), 7, Today));

    [Fact]
    public void NeighboursFilteredAndOrderedAsOfADate() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["person:zhao"], RelTypes.Links, Direction.Out, 10)
        {
            AsOf = new DateOnly(2019, 1, 1),
            Target = new NodeCriteria { Properties = [new PropertyFilter(Props.Size, FilterOp.GreaterOrEqual, 3L)] },
            Order = NodeOrder.ByName,
        },
        20, Today));

    [Fact]
    public void FindOpenCasesWithinAScopeOldestFirst() => Match(FindNodesCypher.Build(
        new NodeQuery(new NodeCriteria
        {
            Labels = [Labels.ServiceRequest],
            Within = "village:shanmen",
            Properties = [new PropertyFilter(Props.Status, FilterOp.In, new[] { "DISPATCHED", "ACCEPTED", "IN_PROGRESS" })],
        }, 20) { Order = NodeOrder.ByProperty(Props.CreatedAt) },
        40, Today));

    [Fact]
    public void FindNodesByAPropertyOutsideTheModelDescending() => Match(FindNodesCypher.Build(
        new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10) { Order = NodeOrder.ByProperty("notInTheModel", descending: true) }, 0, Today));

    [Fact]
    public void NeighboursAssignedCasesOldestFirst() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["person:li"], RelTypes.AssignedTo, Direction.In, 20)
        {
            Target = new NodeCriteria { Properties = [new PropertyFilter(Props.Status, FilterOp.In, new[] { "DISPATCHED" })] },
            Order = NodeOrder.ByProperty(Props.CreatedAt),
        },
        20, Today));

    [Fact]
    public void AncestorsWalkUpThePlacement() => Match(AncestorsCypher.Build(["household:1", "city:ningguo"]));

    [Fact]
    public void AdjacentOfSomeTypes() => Match(AdjacentCypher.Build(["person:zhao"], [RelTypes.Links, RelTypes.MemberOf], new DateOnly(2020, 1, 1), Today));

    [Fact]
    public void AdjacentOfEveryModelType() => Match(AdjacentCypher.Build(["person:zhao"], null, null, Today));

    [Fact]
    public void CoverageOfUnits() => Match(CoverageCypher.Build(["city:ningguo", "village:shanmen"], Today));

    [Fact]
    public void ReadAllNodes() => Match(ReadAllCypher.Nodes(100, 1000));

    [Fact]
    public void ReadAllRelationships() => Match(ReadAllCypher.Relationships(0, 1000));

    [Fact]
    public void IsEmpty() => Match(NodeWriteCypher.IsEmpty());

    [Fact]
    public void ReserveSequenceNumbers() => Match(SequenceCypher.Reserve(SequenceCypher.NodeAndRelationshipSeq, 3));

    [Fact]
    public void CreateNodes() => Match(NodeWriteCypher.Create(Labels.Household,
        [NodeWriteCypher.Row(new GraphNode("household:1", Labels.Household, new Dictionary<string, object?> { [Props.HeadName] = "王某", [Props.Size] = 3L }), 11)]));

    [Fact]
    public void ReplaceANode() => Match(NodeWriteCypher.Replace("village:shanmen", new Dictionary<string, object?> { [Props.Name] = "山门村" }, 2));

    [Fact]
    public void DeleteANode() => Match(NodeWriteCypher.Delete("household:1"));

    [Fact]
    public void DeleteAllNodes() => Match(NodeWriteCypher.DeleteAll());

    [Fact]
    public void ChildrenByPlacement() => Match(NodeWriteCypher.Children("village:shanmen"));

    [Fact]
    public void CreateRelationships() => Match(RelationshipWriteCypher.Create(RelTypes.Links,
        [RelationshipWriteCypher.Row(new GraphRelationship("r:1", RelTypes.Links, "person:zhao", "household:1", new Dictionary<string, object?> { [Props.Since] = "2020-01-01" }), 12)]));

    [Fact]
    public void RelationshipIdTaken() => Match(RelationshipWriteCypher.IdTaken(RelTypes.Links, "r:1"));

    [Fact]
    public void ReplaceARelationship() => Match(RelationshipWriteCypher.Replace(
        new GraphRelationship("r:1", RelTypes.Links, "person:zhao", "household:1", new Dictionary<string, object?> { [Props.Until] = "2025-06-01" })));

    [Fact]
    public void RelationshipsAtNodes() => Match(RelationshipWriteCypher.AtNodes(["household:1"], Direction.In, [RelTypes.Links], includeEnded: false, Today));

    [Fact]
    public void RecomputePlacementOfPeople() => Match(PlacementCypher.Recompute(Labels.Person, ["person:zhao"], Today));

    [Fact]
    public void RecomputePlacementOfTheCity() => Match(PlacementCypher.Recompute(Labels.City, ["city:ningguo"], Today));

    [Fact]
    public void AppendChanges() => Match(ChangeLogCypher.Append(
        [new Dictionary<string, object?> { ["type"] = "NODE_UPDATED", ["atMs"] = 1L, ["actor"] = "test", ["nodeId"] = "village:shanmen", ["scope"] = new[] { "village:shanmen", "city:ningguo" } }]));

    [Fact]
    public void ReadChangesUnderANodeOfSomeTypes() => Match(ChangeLogCypher.Read(5, 10, "village:shanmen", ["NODE_UPDATED"]));

    [Fact]
    public void ReadChanges() => Match(ChangeLogCypher.Read(0, 10, null, null));

    [Fact]
    public void ReadChangesBeforeACursorNewestFirst() => Match(ChangeLogCypher.ReadBefore(9, 10, "village:shanmen", ["NODE_UPDATED"], "township:gangkou"));

    [Fact]
    public void ReadTheNewestChanges() => Match(ChangeLogCypher.ReadBefore(0, 10, null, null));

    [Fact]
    public void FindNodesBackwardsInInsertionOrderSeeksBelowTheCursor() =>
        Match(FindNodesCypher.Build(new NodeQuery(NodeCriteria.OfLabel(Labels.Village), 10) { Backward = true }, 42, Today));

    [Fact]
    public void FindTheLastNodesInInsertionOrder() =>
        Match(FindNodesCypher.Build(new NodeQuery(Unassigned, 10) { Backward = true }, 0, Today));

    [Fact]
    public void FindAWindowOfASortedList() =>
        Match(FindNodesCypher.Window(new NodeQuery(NodeCriteria.OfLabel(Labels.Household), 10) { Order = NodeOrder.ByName, Backward = true }, 30, 10, Today));

    [Fact]
    public void NeighboursBackwardsInRelationshipOrder() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["village:shanmen", "village:dongcun"], RelTypes.Oversees, Direction.Out, 50) { Backward = true }, 7, Today));

    [Fact]
    public void NeighboursBackwardsInASortedOrder() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["person:li"], RelTypes.Links, Direction.Out, 10) { Order = NodeOrder.ByName, Backward = true }, 20, Today));

    [Fact]
    public void TheLastNeighbours() => Match(NeighboursCypher.Build(
        new NeighbourQuery(["person:li"], RelTypes.Links, Direction.Out, 10) { Order = NodeOrder.ByName, Backward = true }, 0, Today));

    [Fact]
    public void ChangeLogInfo() => Match(ChangeLogCypher.Info());

    [Fact]
    public void PruneChanges() => Match(ChangeLogCypher.Prune(1_700_000_000_000));

    [Fact]
    public void IdempotencyRecords() => Match(new[]
    {
        ChangeLogCypher.GetIdempotent("k"), ChangeLogCypher.SaveIdempotent("k", "{}", 1), ChangeLogCypher.PruneIdempotent(2),
    }.Select(Shape));

    [Fact]
    public void SaveAnApiKeyUnlessItsIdIsTaken() => Match(ApiKeyCypher.Save("0123456789abcdef", new Dictionary<string, object?>
    {
        ["name"] = "app", ["role"] = "viewer", ["scope"] = "township:gangkou", ["pii"] = false, ["salt"] = "c2FsdA==",
        ["hash"] = "aGFzaA==", ["documents"] = new List<string> { "sha256:" + new string('a', 64) },
        ["createdAt"] = "2026-03-01T00:30:00.0000000+00:00", ["revokedAt"] = null,
    }));

    [Fact]
    public void FindAnApiKey() => Match(ApiKeyCypher.Find("0123456789abcdef"));

    [Fact]
    public void ListApiKeysOldestFirst() => Match(ApiKeyCypher.List());

    [Fact]
    public void RevokeAnApiKeyOnce() => Match(ApiKeyCypher.Revoke("0123456789abcdef", "2026-03-04T00:30:00.0000000+00:00"));

    [Fact]
    public void Migrations() => Match(MigrationsCypher.All().Select(s => s.Text));

    private static object Shape(CypherStatement statement) =>
        new { Text = statement.Text.Split('\n'), statement.Parameters };

    private static void Match(CypherStatement statement) => Snapshot.Match(Shape(statement));

    private static void Match(object value) => Snapshot.Match(value);
}
