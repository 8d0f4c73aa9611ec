using System.Text;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Maintains placement as one <c>PLACED_UNDER</c> relationship per placed node, recomputed in the write
/// transaction for the nodes a write touched: the first current relationship of <see cref="Placement"/>'s
/// priority list decides the parent (the oldest one of that type), else the city. "Under X" is then a bounded
/// variable-length walk down <c>PLACED_UNDER</c>; a node moved under another carries its subtree with it.
/// </summary>
internal static class PlacementCypher
{
    /// <summary>Re-places the nodes of one label with these ids. Returns <c>id</c>, <c>parentId</c>.</summary>
    public static CypherStatement Recompute(string label, IReadOnlyCollection<string> ids, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var idsRef = cypher.Parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        var candidates = new StringBuilder();
        var i = 0;
        foreach (var (type, direction) in Placement.ParentRelationships(CypherNames.Label(label)))
        {
            var r = $"pr{i++}";
            var hop = direction == Direction.Out
                ? $"(n)-[{r}:{CypherNames.RelType(type)}]->(p:{CypherNames.NodeLabel})"
                : $"(n)<-[{r}:{CypherNames.RelType(type)}]-(p:{CypherNames.NodeLabel})";
            candidates.Append($"COLLECT {{ MATCH {hop} WHERE {cypher.ValidAt(r, null)} RETURN p ORDER BY {r}.{CypherNames.Seq} LIMIT 1 }}")
                .Append(" + ");
        }

        // A city places nothing above it; every other node falls back to the (first) city.
        var fallback = label == Labels.City
            ? "[]"
            : $"COLLECT {{ MATCH (c:{CypherNames.NodeLabel}:{Labels.City}) RETURN c ORDER BY c.{CypherNames.Seq} LIMIT 1 }}";
        return cypher.Parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (n:{{CypherNames.NodeLabel}}:{{CypherNames.Label(label)}} {{{CypherNames.Id}}: id})
            OPTIONAL MATCH (n)-[old:{{CypherNames.PlacedUnder}}]->()
            DELETE old
            WITH DISTINCT n
            WITH n, head([x IN {{candidates}}{{fallback}} WHERE x <> n]) AS parent
            FOREACH (q IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END |
                CREATE (n)-[:{{CypherNames.PlacedUnder}}]->(q))
            RETURN n.{{CypherNames.Id}} AS id, parent.{{CypherNames.Id}} AS parentId
            """);
    }
}
