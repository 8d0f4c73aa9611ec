using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Every requested node's neighbour page in one statement: <c>UNWIND</c> the ids, and per node a scoped subquery
/// that counts the valid relationships to matching neighbours and keeps the page window (relationship order after
/// the cursor's <c>gg_seq</c>, or the requested order from an offset) plus one extra row that only says there is a
/// next page. Returns <c>id</c>, <c>total</c>, <c>page</c> (a list of <c>{ rel, node, pos }</c>, <c>pos</c> the
/// 1-based position in the ordered list, for offset cursors).
/// </summary>
internal static class NeighboursCypher
{
    public static CypherStatement Build(NeighbourQuery query, long after, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var ids = cypher.Parameters.Named("ids", query.Ids.Distinct(StringComparer.Ordinal).ToList());
        var afterRef = cypher.Parameters.Named("after", after);
        var limit = cypher.Parameters.Named("limit", (long)query.First + 1);
        var pattern = query.Direction == Direction.Out
            ? $"(s)-[r:{CypherNames.RelType(query.RelationshipType)}]->(o:{CypherNames.NodeLabel})"
            : $"(s)<-[r:{CypherNames.RelType(query.RelationshipType)}]-(o:{CypherNames.NodeLabel})";
        var where = cypher.ValidAt("r", query.AsOf);
        if (query.Target is not null)
        {
            where += "\n    AND " + cypher.Predicate(query.Target with { Under = null, AsOf = query.Target.AsOf ?? query.AsOf }, "o");
        }

        var key = cypher.OrderKey(query.Order, "o");
        var (orderBy, window) = key is null
            ? ($"r.{CypherNames.Seq}", $"[h IN hits WHERE h.rel.{CypherNames.Seq} > {afterRef}][0..{limit}]")
            : ($"{key}, r.{CypherNames.Seq}", $"hits[{afterRef}..{afterRef} + {limit}]");
        return cypher.Parameters.Statement($$"""
            UNWIND {{ids}} AS id
            MATCH (s:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})
            CALL (s) {
                OPTIONAL MATCH {{pattern}}
                WHERE {{where}}
                WITH r, o
                ORDER BY {{orderBy}}
                WITH collect(CASE WHEN r IS NULL THEN null ELSE {rel: r, node: o} END) AS ordered
                WITH [i IN range(0, size(ordered) - 1) | {rel: ordered[i].rel, node: ordered[i].node, pos: i + 1}] AS hits
                RETURN size(hits) AS total, {{window}} AS page
            }
            RETURN id, total, page
            """);
    }
}
