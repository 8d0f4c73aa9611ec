namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// A page of <see cref="NodeQuery"/>: First + 1 rows (the extra one only says the list goes on in the direction
/// read). Insertion order pages by <c>gg_seq</c> after the cursor's sequence number, or backwards before it, nearest
/// first; other orders page by offset (<see cref="Window"/>). Returns <c>n</c>, <c>depth</c>.
/// </summary>
internal static class FindNodesCypher
{
    /// <summary>The page after <paramref name="cursor"/> (or, backwards, before it; 0: from the list's end).</summary>
    public static CypherStatement Build(NodeQuery query, long cursor, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        if (cypher.OrderKey(query.Order, "n") is not null)
        {
            return Window(query, cursor, query.First + 1L, today);
        }

        var limit = cypher.Parameters.Named("limit", (long)query.First + 1);
        if (!query.Backward)
        {
            var afterRef = cypher.Parameters.Named("after", cursor);
            var match = NodeMatch.For(query.Criteria, cypher, $"n.{CypherNames.Seq} > {afterRef}");
            return cypher.Parameters.Statement($"""
                {match}
                RETURN n, depth
                ORDER BY n.{CypherNames.Seq}
                LIMIT {limit}
                """);
        }

        var before = cursor > 0 ? $"n.{CypherNames.Seq} < {cypher.Parameters.Named("before", cursor)}" : null;
        var backward = NodeMatch.For(query.Criteria, cypher, before);
        return cypher.Parameters.Statement($"""
            {backward}
            RETURN n, depth
            ORDER BY n.{CypherNames.Seq} DESC
            LIMIT {limit}
            """);
    }

    /// <summary>Rows <paramref name="skip"/> + 1 to <paramref name="skip"/> + <paramref name="limit"/> of a sorted list.</summary>
    public static CypherStatement Window(NodeQuery query, long skip, long limit, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var key = cypher.OrderKey(query.Order, "n")
            ?? throw new ArgumentException("Only a sorted list pages by offset.", nameof(query));
        var limitRef = cypher.Parameters.Named("limit", limit);
        var afterRef = cypher.Parameters.Named("after", skip);
        var ordered = NodeMatch.For(query.Criteria, cypher);
        return cypher.Parameters.Statement($"""
            {ordered}
            RETURN n, depth
            ORDER BY {key}, n.{CypherNames.Seq}
            SKIP {afterRef}
            LIMIT {limitRef}
            """);
    }
}
