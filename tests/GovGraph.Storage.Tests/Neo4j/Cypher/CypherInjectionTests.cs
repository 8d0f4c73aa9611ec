using System.Collections;
using GovGraph.Domain.Model;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;

namespace GovGraph.Storage.Tests.Neo4j.Cypher;

/// <summary>
/// Cypher-looking input pushed through every filter and value reaches Neo4j only as a parameter: the statement
/// text never contains it, and labels or types that are not the model's are refused outright.
/// </summary>
public sealed class CypherInjectionTests
{
    public static readonly TheoryData<string> Hostile =
    [
        "') MATCH (n) DETACH DELETE n //",
        "x` DETACH DELETE n //",
        "$param",
        "}]->(m) DETACH DELETE m //",
        "\" OR 1=1 //",
    ];

    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void EveryFilterCarriesInputOnlyAsParameters(string evil)
    {
        var criteria = new NodeCriteria
        {
            Under = evil,
            MinDepth = 1,
            MaxDepth = 4,
            NameContains = evil,
            Properties =
            [
                new PropertyFilter(Props.Name, FilterOp.Equals, evil),
                new PropertyFilter(Props.Name, FilterOp.In, new[] { evil }),
                new PropertyFilter(Props.Name, FilterOp.GreaterOrEqual, evil),
                new PropertyFilter(Props.Name, FilterOp.LessOrEqual, evil),
                new PropertyFilter(evil, FilterOp.Exists),
                new PropertyFilter(evil, FilterOp.Equals, evil),
            ],
            Relationships =
            [
                new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false, PropertyName: evil, PropertyValue: evil),
                new RelationshipFilter(RelTypes.Links, Direction.Out, PropertyName: Props.Title, PropertyValue: evil) { MinCount = 1, MaxCount = 3 },
            ],
        };
        var ordered = new NodeOrder(NodeOrderKey.CountUnder) { CountUnder = criteria };
        var scoped = criteria with { Ids = [evil], Within = evil };
        var scopedAlone = new NodeCriteria { Within = evil, Relationships = criteria.Relationships };
        var byLinks = new NodeOrder(NodeOrderKey.RelationshipCount) { Relationship = (RelTypes.Links, Direction.Out) };
        var statements = new[]
        {
            FindNodesCypher.Build(new NodeQuery(scoped, 10) { Order = ordered }, 0, Today),
            FindNodesCypher.Build(new NodeQuery(scopedAlone, 10) { Order = byLinks }, 0, Today),
            CountNodesCypher.Build(scopedAlone, Today),
            NeighboursCypher.Build(new NeighbourQuery([evil], RelTypes.Links, Direction.Out, 10) { Target = scoped, Order = byLinks }, 0, Today),
            ChangeLogCypher.Read(0, 10, evil, [evil], evil),
            FindNodesCypher.Build(new NodeQuery(criteria, 10), 0, Today),
            FindNodesCypher.Build(new NodeQuery(criteria, 10) { Order = ordered }, 5, Today),
            CountNodesCypher.Build(criteria, Today),
            SumCypher.Build(criteria, evil, Today),
            SumCypher.Build(criteria, Props.Size, Today),
            GetNodesCypher.Build([evil]),
            NeighboursCypher.Build(new NeighbourQuery([evil], RelTypes.Oversees, Direction.Out, 10) { Target = criteria, Order = ordered }, 0, Today),
            NeighboursCypher.Build(new NeighbourQuery([evil], RelTypes.Oversees, Direction.In, 10) { Target = criteria }, 0, Today),
            AncestorsCypher.Build([evil]),
            AdjacentCypher.Build([evil], [evil], null, Today),
            CoverageCypher.Build([evil], Today),
            NodeWriteCypher.Create(Labels.Village, [NodeWriteCypher.Row(new GraphNode(evil, Labels.Village, new Dictionary<string, object?> { [evil] = evil }), 1)]),
            NodeWriteCypher.Replace(evil, new Dictionary<string, object?> { [evil] = evil }, 2),
            NodeWriteCypher.Delete(evil),
            NodeWriteCypher.Children(evil),
            RelationshipWriteCypher.Create(RelTypes.Links, [RelationshipWriteCypher.Row(new GraphRelationship(evil, RelTypes.Links, evil, evil, new Dictionary<string, object?> { [evil] = evil }), 1)]),
            RelationshipWriteCypher.Replace(new GraphRelationship(evil, RelTypes.Links, evil, evil, new Dictionary<string, object?> { [evil] = evil })),
            RelationshipWriteCypher.IdTaken(RelTypes.Links, evil),
            RelationshipWriteCypher.AtNodes([evil], Direction.Out, [evil], includeEnded: true, Today),
            PlacementCypher.Recompute(Labels.Household, [evil], Today),
            SequenceCypher.Reserve(evil, 1),
            ChangeLogCypher.Append([new Dictionary<string, object?> { ["actor"] = evil, ["nodeId"] = evil }]),
            ChangeLogCypher.Read(0, 10, evil, [evil]),
            ChangeLogCypher.GetIdempotent(evil),
            ChangeLogCypher.SaveIdempotent(evil, evil, 1),
        };

        foreach (var statement in statements)
        {
            Assert.DoesNotContain(evil, statement.Text, StringComparison.Ordinal);
            Assert.Contains(evil, Flatten(statement.Parameters.Values));
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void LabelsAndTypesOutsideTheModelAreRefused(string evil)
    {
        Assert.Throws<ArgumentException>(() => CountNodesCypher.Build(new NodeCriteria { Labels = [evil] }, Today));
        Assert.Throws<ArgumentException>(() => CountNodesCypher.Build(
            new NodeCriteria { Relationships = [new RelationshipFilter(evil, Direction.Out)] }, Today));
        Assert.Throws<ArgumentException>(() => NeighboursCypher.Build(new NeighbourQuery(["a"], evil, Direction.Out, 1), 0, Today));
        Assert.Throws<ArgumentException>(() => FindNodesCypher.Build(
            new NodeQuery(new NodeCriteria(), 1) { Order = new NodeOrder(NodeOrderKey.RelationshipCount) { Relationship = (evil, Direction.Out) } }, 0, Today));
        Assert.Throws<ArgumentException>(() => NodeWriteCypher.Create(evil, []));
        Assert.Throws<ArgumentException>(() => RelationshipWriteCypher.Create(evil, []));
        Assert.Throws<ArgumentException>(() => PlacementCypher.Recompute(evil, ["a"], Today));
    }

    /// <summary>Every string inside the parameter values, keys of maps included.</summary>
    private static IEnumerable<string> Flatten(IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case string s:
                    yield return s;
                    break;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        foreach (var inner in Flatten([entry.Key, entry.Value]))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case IEnumerable list:
                    foreach (var inner in Flatten(list.Cast<object?>()))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
