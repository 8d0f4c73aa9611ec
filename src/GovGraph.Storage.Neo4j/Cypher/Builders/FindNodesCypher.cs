namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// A page of <see cref="NodeQuery"/>: First + 1 rows (the extra one only says there is a next page). Insertion
/// order pages by <c>gg_seq</c> after the cursor's sequence number; other orders page by offset.
/// Returns <c>n</c>, <c>depth</c>.
/// </summary>
internal static class FindNodesCypher
{
    public static CypherStatement Build(NodeQuery query, long after, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var key = cypher.OrderKey(query.Order, "n");
        var limit = cypher.Parameters.Named("limit", (long)query.First + 1);
        var afterRef = cypher.Parameters.Named("after", after);
        if (key is null)
        {
            var match = NodeMatch.For(query.Criteria, cypher, $"n.{CypherNames.Seq} > {afterRef}");
            return cypher.Parameters.Statement($"""
                {match}
                RETURN n, depth
                ORDER BY n.{CypherNames.Seq}
                LIMIT {limit}
                """);
        }

        var ordered = NodeMatch.For(query.Criteria, cypher);
        return cypher.Parameters.Statement($"""
            {ordered}
            RETURN n, depth
            ORDER BY {key}, n.{CypherNames.Seq}
            SKIP {afterRef}
            LIMIT {limit}
            """);
    }
}
