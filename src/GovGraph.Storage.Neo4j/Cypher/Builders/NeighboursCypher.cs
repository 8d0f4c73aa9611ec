using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Every requested node's neighbour page in one statement: <c>UNWIND</c> the ids, and per node a scoped subquery
/// that counts the valid relationships to matching neighbours and keeps the page window (relationship order after
/// the cursor's <c>gg_seq</c>, or the requested order from an offset) plus one extra row that only says there is a
/// next page. Backwards the window is the list up to the cursor (its <c>gg_seq</c> or its position; the whole list
/// without one) reversed, so the rows come nearest the cursor first and the extra row says there is a previous page.
/// Returns <c>id</c>, <c>total</c>, <c>page</c> (a list of <c>{ rel, node, pos }</c>, <c>pos</c> the
/// 1-based position in the ordered list, for offset cursors).
/// </summary>
internal static class NeighboursCypher
{
    /// <summary>The pages after <paramref name="cursor"/> (or, backwards, before it; 0: from the list's end).</summary>
    public static CypherStatement Build(NeighbourQuery query, long cursor, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var ids = cypher.Parameters.Named("ids", query.Ids.Distinct(StringComparer.Ordinal).ToList());
        var cursorRef = cypher.Parameters.Named(query.Backward ? "before" : "after", cursor);
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
        var orderBy = key is null ? $"r.{CypherNames.Seq}" : $"{key}, r.{CypherNames.Seq}";
        var window = (key is null, query.Backward, cursor > 0) switch
        {
            (true, false, _) => $"[h IN hits WHERE h.rel.{CypherNames.Seq} > {cursorRef}][0..{limit}]",
            (false, false, _) => $"hits[{cursorRef}..{cursorRef} + {limit}]",
            (_, true, false) => $"reverse(hits)[0..{limit}]",
            (true, true, true) => $"reverse([h IN hits WHERE h.rel.{CypherNames.Seq} < {cursorRef}])[0..{limit}]",
            (false, true, true) => $"reverse(hits[0..{cursorRef} - 1])[0..{limit}]",
        };
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
