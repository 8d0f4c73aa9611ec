using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>Relationship writes and reads inside a write transaction; properties are one map parameter per row.</summary>
internal static class RelationshipWriteCypher
{
    /// <summary>Creates many relationships of one type: rows of <c>{ id, seq, start, end, props }</c>. Returns <c>created</c>.</summary>
    public static CypherStatement Create(string type, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        var rowsRef = parameters.Named("rows", rows);
        return parameters.Statement($$"""
            UNWIND {{rowsRef}} AS row
            MATCH (a:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: row.start})
            MATCH (b:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: row.end})
            CREATE (a)-[r:{{CypherNames.RelType(type)}}]->(b)
            SET r = row.props, r.{{CypherNames.Id}} = row.id, r.{{CypherNames.Seq}} = row.seq
            RETURN count(r) AS created
            """);
    }

    /// <summary>Whether a relationship of this type has this id (through the per-type id index). Returns <c>taken</c>.</summary>
    public static CypherStatement IdTaken(string type, string id)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        return parameters.Statement($$"""
            RETURN EXISTS { MATCH ()-[r:{{CypherNames.RelType(type)}} {{{CypherNames.Id}}: {{idRef}}}]->() } AS taken
            """);
    }

    /// <summary>Replaces a relationship's properties (setting <c>until</c> ends it). Returns <c>startId</c>, <c>endId</c>.</summary>
    public static CypherStatement Replace(GraphRelationship relationship)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", relationship.Id);
        var propsRef = parameters.Named("props", relationship.Properties);
        return parameters.Statement($$"""
            MATCH (a)-[r:{{CypherNames.RelType(relationship.Type)}} {{{CypherNames.Id}}: {{idRef}}}]->(b)
            WITH a, b, r, r.{{CypherNames.Seq}} AS seq
            SET r = {{propsRef}}, r.{{CypherNames.Id}} = {{idRef}}, r.{{CypherNames.Seq}} = seq
            RETURN a.{{CypherNames.Id}} AS startId, b.{{CypherNames.Id}} AS endId
            """);
    }

    /// <summary>
    /// Relationships at these nodes in one direction, of the given types (null: every model type), only current
    /// ones unless <paramref name="includeEnded"/>. Returns <c>r</c>, <c>startId</c>, <c>endId</c>.
    /// </summary>
    public static CypherStatement AtNodes(
        IReadOnlyCollection<string> ids, Direction direction, IReadOnlyCollection<string>? types, bool includeEnded, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var idsRef = cypher.Parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        var typesRef = cypher.Parameters.Named("types", (types ?? RelTypes.Storable).Distinct(StringComparer.Ordinal).ToList());
        var pattern = direction == Direction.Out
            ? $"(n:{CypherNames.NodeLabel} {{{CypherNames.Id}: id}})-[r]->()"
            : $"()-[r]->(n:{CypherNames.NodeLabel} {{{CypherNames.Id}: id}})";
        var valid = includeEnded ? string.Empty : " AND " + cypher.ValidAt("r", null);
        return cypher.Parameters.Statement($"""
            UNWIND {idsRef} AS id
            MATCH {pattern}
            WHERE type(r) IN {typesRef}{valid}
            RETURN r, startNode(r).{CypherNames.Id} AS startId, endNode(r).{CypherNames.Id} AS endId
            ORDER BY r.{CypherNames.Seq}
            """);
    }

    internal static IReadOnlyDictionary<string, object?> Row(GraphRelationship relationship, long seq) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["seq"] = seq,
            ["start"] = relationship.StartId,
            ["end"] = relationship.EndId,
            ["props"] = relationship.Properties,
        };
}
