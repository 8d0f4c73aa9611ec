using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Every valid relationship of the given types touching any of the nodes, once each, in insertion order (the
/// building block of path search). Types travel as a parameter; "all types" means the model's types, so the
/// placement bookkeeping never leaks. Returns <c>r</c>, <c>startId</c>, <c>endId</c>.
/// </summary>
internal static class AdjacentCypher
{
    public static CypherStatement Build(IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var idsRef = cypher.Parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        var typesRef = cypher.Parameters.Named("types", (types ?? RelTypes.Storable).Distinct(StringComparer.Ordinal).ToList());
        return cypher.Parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})-[r]-()
            WHERE type(r) IN {{typesRef}} AND {{cypher.ValidAt("r", asOf)}}
            WITH DISTINCT r
            RETURN r, startNode(r).{{CypherNames.Id}} AS startId, endNode(r).{{CypherNames.Id}} AS endId
            ORDER BY r.{{CypherNames.Seq}}
            """);
    }
}
