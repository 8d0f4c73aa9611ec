using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;

namespace GovGraph.Storage.Tests.Neo4j.Cypher;

/// <summary>One statement a builder can produce, named by its builder method and the branch it takes.</summary>
internal sealed record CypherCase(string Builder, string Branch, CypherStatement Statement)
{
    public string Name => Builder + "/" + Branch;
}

/// <summary>
/// Every statement the Cypher builders can produce, for Neo4j's own front end (tests/conformance/cypher.test.mjs).
/// Complete by check, not by trust (see <see cref="CypherCatalogTests"/>): every builder method has a case; every
/// value of the enums the builders switch on (<see cref="NodeOrderKey"/>, <see cref="FilterOp"/>,
/// <see cref="Direction"/>) is enumerated here from the enum itself, so a new value fails in <see cref="Order"/> or
/// <see cref="Filter"/> until it gets a case; and every option of the query records the builders read
/// (<see cref="NodeQuery"/>, <see cref="NeighbourQuery"/>, <see cref="NodeCriteria"/>, <see cref="NodeOrder"/>,
/// <see cref="RelationshipFilter"/>) takes more than one value across the cases, so a new option (backward paging's
/// <c>Last</c>/<c>Before</c>, say) fails until a case sets it. To add a case: add a line to the builder's section.
/// </summary>
internal static class CypherCatalog
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly DateOnly Past = new(2019, 1, 1);

    /// <summary>The query records given to the builders, for the option-coverage check.</summary>
    public static IReadOnlyList<object> Inputs => Build().Inputs;

    public static IReadOnlyList<CypherCase> Cases() => Build().Cases;

    /// <summary>Criteria covering each branch of the criteria translation and of the match (scope, under, search).</summary>
    private static IEnumerable<(string Branch, NodeCriteria Criteria)> CriteriaVariants()
    {
        yield return ("everything", new NodeCriteria());
        yield return ("oneLabel", NodeCriteria.OfLabel(Labels.Household));
        yield return ("manyLabels", new NodeCriteria { Labels = [Labels.Person, Labels.Household] });
        yield return ("noLabels", new NodeCriteria { Labels = [] });
        yield return ("byIds", new NodeCriteria { Ids = ["household:1", "village:shanmen"] });
        yield return ("noIds", new NodeCriteria { Ids = [] });
        yield return ("byIdsWithinAScope", new NodeCriteria { Ids = ["household:1"], Within = "township:gangkou" });
        yield return ("withinAScope", new NodeCriteria { Within = "township:gangkou", Labels = [Labels.Village] });
        yield return ("under", new NodeCriteria { Under = "village:shanmen" });
        yield return ("underFromADepth", new NodeCriteria { Under = "township:gangkou", MinDepth = 2 });
        yield return ("underToADepth", new NodeCriteria { Under = "township:gangkou", MaxDepth = 1 });
        yield return ("underBetweenDepths", new NodeCriteria { Under = "township:gangkou", MinDepth = 1, MaxDepth = 3 });
        yield return ("underAnEmptyDepthRange", new NodeCriteria { Under = "township:gangkou", MinDepth = 3, MaxDepth = 1 });
        yield return ("underWithinAScope", new NodeCriteria { Under = "village:shanmen", Within = "township:gangkou" });
        yield return ("nameWithAHanRun", new NodeCriteria { NameContains = "山门村" });
        yield return ("nameWithHanRunsAndOtherText", new NodeCriteria { NameContains = "户主 12 山门" });
        yield return ("nameOfOneHanCharacter", new NodeCriteria { NameContains = "村" });
        yield return ("nameInLatinLetters", new NodeCriteria { NameContains = "ZH" });
        yield return ("nameUnderWithinAScope", new NodeCriteria { NameContains = "山门", Under = "village:shanmen", Within = "township:gangkou" });
        yield return ("nameWithinAScope", new NodeCriteria { NameContains = "山门", Within = "township:gangkou" });
        yield return ("asOfADate", new NodeCriteria { AsOf = Past, Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In)] });
        foreach (var op in Enum.GetValues<FilterOp>())
        {
            yield return ($"property{op}", new NodeCriteria { Properties = [Filter(op, Props.Size)] });
        }

        yield return ("propertyEqualsNull", new NodeCriteria { Properties = [new PropertyFilter(Props.Phone, FilterOp.Equals, null)] });
        yield return ("propertyInNothing", new NodeCriteria { Properties = [new PropertyFilter(Props.Category, FilterOp.In, Array.Empty<string>())] });
        yield return ("propertyOutsideTheModel", new NodeCriteria { Properties = [new PropertyFilter("notInTheModel", FilterOp.Equals, "x")] });
        yield return ("propertiesAllHold", new NodeCriteria
        {
            Properties = [Filter(FilterOp.GreaterOrEqual, Props.BirthYear), Filter(FilterOp.LessOrEqual, Props.BirthYear)],
        });
        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return ($"has{direction}Relationship", new NodeCriteria { Relationships = [new RelationshipFilter(RelTypes.Links, direction)] });
            yield return ($"lacks{direction}Relationship", new NodeCriteria { Relationships = [new RelationshipFilter(RelTypes.Links, direction, Exists: false)] });
        }

        yield return ("relationshipsAtLeast", new NodeCriteria { Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = 21 }] });
        yield return ("relationshipsAtMost", new NodeCriteria { Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out) { MaxCount = 3 }] });
        yield return ("relationshipsBetween", new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out) { MinCount = 1, MaxCount = 3 }],
        });
        yield return ("relationshipWithAProperty", new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.MemberOf, Direction.Out, PropertyName: Props.Title, PropertyValue: "secretary")],
        });
        yield return ("twoRelationshipConditions", new NodeCriteria
        {
            Relationships = [new RelationshipFilter(RelTypes.Links, Direction.Out), new RelationshipFilter(RelTypes.MemberOf, Direction.Out, Exists: false)],
        });
    }

    /// <summary>An order for each key, both directions; a key added to <see cref="NodeOrderKey"/> fails here until it has one.</summary>
    private static IEnumerable<(string Branch, NodeOrder? Order)> Orders()
    {
        yield return ("defaultOrder", null);
        foreach (var key in Enum.GetValues<NodeOrderKey>())
        {
            foreach (var descending in new[] { false, true })
            {
                foreach (var (branch, order) in Order(key, descending))
                {
                    yield return ((descending ? "descendingBy" : "ascendingBy") + branch, order);
                }
            }
        }
    }

    private static IEnumerable<(string Branch, NodeOrder Order)> Order(NodeOrderKey key, bool descending) => key switch
    {
        NodeOrderKey.Insertion => [("Insertion", new NodeOrder(key, descending))],
        NodeOrderKey.Name => [("Name", new NodeOrder(key, descending))],
        NodeOrderKey.CountUnder =>
        [
            ("CountUnderOfEverything", new NodeOrder(key, descending)),
            ("CountUnderOfSome", new NodeOrder(key, descending)
            {
                CountUnder = new NodeCriteria { Labels = [Labels.Household], Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)] },
            }),
        ],
        NodeOrderKey.RelationshipCount => Enum.GetValues<Direction>()
            .Select(d => ($"RelationshipCount{d}", new NodeOrder(key, descending) { Relationship = (RelTypes.Links, d) })),
        NodeOrderKey.Property =>
        [
            ("ModelProperty", NodeOrder.ByProperty(Props.CreatedAt, descending)),
            ("PropertyOutsideTheModel", NodeOrder.ByProperty("notInTheModel", descending)),
        ],
        _ => throw new InvalidOperationException(
            $"CypherCatalog has no case for the order {key}: add one in CypherCatalog.Order so Neo4j's front end checks its statement."),
    };

    private static PropertyFilter Filter(FilterOp op, string property) => op switch
    {
        FilterOp.Equals => new PropertyFilter(property, op, 3L),
        FilterOp.In => new PropertyFilter(property, op, new[] { 3L, 4L }),
        FilterOp.Exists => new PropertyFilter(property, op),
        FilterOp.GreaterOrEqual or FilterOp.LessOrEqual or FilterOp.Greater or FilterOp.Less => new PropertyFilter(property, op, 1970L),
        _ => throw new InvalidOperationException(
            $"CypherCatalog has no case for the filter {op}: add one in CypherCatalog.Filter so Neo4j's front end checks its statement."),
    };

    private static (List<CypherCase> Cases, List<object> Inputs) Build()
    {
        var cases = new List<CypherCase>();
        var inputs = new List<object>();
        void Add(string builder, string branch, CypherStatement statement) => cases.Add(new CypherCase(builder, branch, statement));

        var criteria = CriteriaVariants().ToList();
        var orders = Orders().ToList();
        var offsetOrder = NodeOrder.ByName;

        // Nodes: every criteria branch in insertion order; the match branches (scope, under, search: the start of the
        // statement) also in an offset order and in count and sum; every order on a scoped criteria with paging options.
        // (The predicate branches are one translation, CypherCriteria.Predicate, shared by all of them.)
        static bool IsMatchBranch(NodeCriteria c) => c is { Properties.Count: 0, Relationships.Count: 0 };
        foreach (var (branch, c) in criteria)
        {
            var byInsertion = new NodeQuery(c, 10);
            inputs.Add(byInsertion);
            Add("FindNodesCypher.Build", branch, FindNodesCypher.Build(byInsertion, 0, Today));
            if (IsMatchBranch(c))
            {
                var byOffset = new NodeQuery(c, 10) { Order = offsetOrder };
                inputs.Add(byOffset);
                Add("FindNodesCypher.Build", branch + "/offsetOrder", FindNodesCypher.Build(byOffset, 20, Today));
                Add("CountNodesCypher.Build", branch, CountNodesCypher.Build(c, Today));
                Add("SumCypher.Build", branch, SumCypher.Build(c, Props.Size, Today));
            }
        }

        foreach (var (branch, order) in orders)
        {
            var query = new NodeQuery(NodeCriteria.OfLabel(Labels.Village) with { Within = "township:gangkou" }, 10, "cursor", IncludeTotal: false) { Order = order };
            inputs.Add(query);
            Add("FindNodesCypher.Build", branch, FindNodesCypher.Build(query, 40, Today));
        }

        Add("SumCypher.Build", "sumOfAPropertyOutsideTheModel", SumCypher.Build(new NodeCriteria(), "notInTheModel", Today));

        // Neighbours: every order (its key is the same translation as for nodes, on the other end), both directions in
        // both paging kinds, and target criteria of every branch but "under" (which neighbour targets drop).
        foreach (var (branch, order) in orders)
        {
            var query = new NeighbourQuery(["person:li", "person:zhao"], RelTypes.Links, Direction.Out, 10) { Order = order };
            inputs.Add(query);
            Add("NeighboursCypher.Build", $"Out/{branch}", NeighboursCypher.Build(query, 7, Today));
        }

        var targets = criteria.Where(v => v.Criteria.Under is null).ToList();
        foreach (var direction in Enum.GetValues<Direction>())
        {
            foreach (var (branch, order) in new[] { ("insertion", (NodeOrder?)null), ("offsetOrder", offsetOrder) })
            {
                var query = new NeighbourQuery(["person:li"], RelTypes.AssignedTo, direction, 10) { Order = order };
                inputs.Add(query);
                Add("NeighboursCypher.Build", $"{direction}/{branch}/assignedTo", NeighboursCypher.Build(query, 7, Today));
            }
        }

        foreach (var (branch, c) in targets)
        {
            var query = new NeighbourQuery(["person:li"], RelTypes.Links, Direction.In, 10, "cursor", IncludeTotal: false) { AsOf = Past, Target = c };
            inputs.Add(query);
            Add("NeighboursCypher.Build", $"In/target/{branch}", NeighboursCypher.Build(query, 0, Today));
        }

        Add("GetNodesCypher.Build", "byIds", GetNodesCypher.Build(["village:shanmen", "household:1"]));
        Add("AncestorsCypher.Build", "byIds", AncestorsCypher.Build(["household:1", "city:ningguo"]));
        Add("AdjacentCypher.Build", "someTypesAsOf", AdjacentCypher.Build(["person:zhao"], [RelTypes.Links, RelTypes.MemberOf], Past, Today));
        Add("AdjacentCypher.Build", "everyModelType", AdjacentCypher.Build(["person:zhao"], null, null, Today));
        Add("CoverageCypher.Build", "units", CoverageCypher.Build(["city:ningguo", "village:shanmen"], Today));
        Add("ReadAllCypher.Nodes", "page", ReadAllCypher.Nodes(100, 1000));
        foreach (var type in RelTypes.Storable)
        {
            Add("ReadAllCypher.Relationships", type, ReadAllCypher.Relationships(type, 100, 1000));
        }

        var node = new GraphNode("household:1", Labels.Household, new Dictionary<string, object?> { [Props.HeadName] = "王某", [Props.Size] = 3L });
        Add("NodeWriteCypher.Create", "rows", NodeWriteCypher.Create(Labels.Household, [NodeWriteCypher.Row(node, 11)]));
        Add("NodeWriteCypher.Replace", "byId", NodeWriteCypher.Replace("household:1", node.Properties, 2));
        Add("NodeWriteCypher.Delete", "byId", NodeWriteCypher.Delete("household:1"));
        Add("NodeWriteCypher.DeleteAll", "all", NodeWriteCypher.DeleteAll());
        Add("NodeWriteCypher.Children", "byId", NodeWriteCypher.Children("village:shanmen"));
        Add("NodeWriteCypher.IsEmpty", "all", NodeWriteCypher.IsEmpty());

        var rel = new GraphRelationship("r:1", RelTypes.Links, "person:zhao", "household:1", new Dictionary<string, object?> { [Props.Since] = "2020-01-01" });
        Add("RelationshipWriteCypher.Create", "rows", RelationshipWriteCypher.Create(RelTypes.Links, [RelationshipWriteCypher.Row(rel, 12)]));
        Add("RelationshipWriteCypher.IdTaken", "byId", RelationshipWriteCypher.IdTaken(RelTypes.Links, "r:1"));
        Add("RelationshipWriteCypher.Replace", "byId", RelationshipWriteCypher.Replace(rel));
        foreach (var direction in Enum.GetValues<Direction>())
        {
            Add("RelationshipWriteCypher.AtNodes", $"{direction}/current/someTypes",
                RelationshipWriteCypher.AtNodes(["household:1"], direction, [RelTypes.Links], includeEnded: false, Today));
            Add("RelationshipWriteCypher.AtNodes", $"{direction}/withEnded/everyType",
                RelationshipWriteCypher.AtNodes(["household:1"], direction, null, includeEnded: true, Today));
        }

        foreach (var label in Labels.Storable)
        {
            Add("PlacementCypher.Recompute", label, PlacementCypher.Recompute(label, ["x:1"], Today));
        }

        Add("PathCypher.Settle", "byIds", PathCypher.Settle(["household:1", "village:shanmen"]));
        Add("PathCypher.Backfill", "batches", PathCypher.Backfill(5000));
        Add("SequenceCypher.Reserve", "block", SequenceCypher.Reserve(SequenceCypher.NodeAndRelationshipSeq, 3));

        var change = new Dictionary<string, object?> { ["type"] = "NODE_UPDATED", ["atMs"] = 1L, ["scope"] = new[] { "village:shanmen" } };
        Add("ChangeLogCypher.Append", "events", ChangeLogCypher.Append([change]));
        Add("ChangeLogCypher.Read", "after", ChangeLogCypher.Read(0, 10, null, null));
        Add("ChangeLogCypher.Read", "underOfSomeTypesWithinAScope", ChangeLogCypher.Read(5, 10, "village:shanmen", ["NODE_UPDATED"], "township:gangkou"));
        Add("ChangeLogCypher.Info", "bounds", ChangeLogCypher.Info());
        Add("ChangeLogCypher.Prune", "olderThan", ChangeLogCypher.Prune(1_700_000_000_000));
        Add("ChangeLogCypher.GetIdempotent", "byKey", ChangeLogCypher.GetIdempotent("k"));
        Add("ChangeLogCypher.SaveIdempotent", "byKey", ChangeLogCypher.SaveIdempotent("k", "{}", 1));
        Add("ChangeLogCypher.PruneIdempotent", "olderThan", ChangeLogCypher.PruneIdempotent(2));

        var key = new Dictionary<string, object?> { ["name"] = "app", ["role"] = "viewer", ["createdAt"] = "2026-03-01T00:30:00Z" };
        Add("ApiKeyCypher.Save", "unlessTaken", ApiKeyCypher.Save("0123456789abcdef", key));
        Add("ApiKeyCypher.Find", "byId", ApiKeyCypher.Find("0123456789abcdef"));
        Add("ApiKeyCypher.List", "all", ApiKeyCypher.List());
        Add("ApiKeyCypher.Revoke", "byId", ApiKeyCypher.Revoke("0123456789abcdef", "2026-03-04T00:30:00Z"));

        var migrations = MigrationsCypher.All();
        for (var i = 0; i < migrations.Count; i++)
        {
            Add("MigrationsCypher.All", "schema" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), migrations[i]);
        }

        return (cases, inputs);
    }
}
