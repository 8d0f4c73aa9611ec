namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>Export pages: every node, or one model relationship type's, in insertion order after a <c>gg_seq</c>.</summary>
internal static class ReadAllCypher
{
    /// <summary>Returns <c>n</c>.</summary>
    public static CypherStatement Nodes(long after, int pageSize)
    {
        var parameters = new CypherParameters();
        var afterRef = parameters.Named("after", after);
        var limit = parameters.Named("limit", (long)pageSize);
        return parameters.Statement($"""
            MATCH (n:{CypherNames.NodeLabel})
            WHERE n.{CypherNames.Seq} > {afterRef}
            RETURN n
            ORDER BY n.{CypherNames.Seq}
            LIMIT {limit}
            """);
    }

    /// <summary>
    /// One relationship type's page after a <c>gg_seq</c>: a range seek with index order on that type's
    /// <c>gg_seq</c> index (relationship indexes are per type, so an untyped match would read and sort every
    /// relationship on every page). The store merges the types' pages into one insertion order.
    /// Returns <c>r</c>, <c>startId</c>, <c>endId</c>.
    /// </summary>
    public static CypherStatement Relationships(string type, long after, int pageSize)
    {
        var parameters = new CypherParameters();
        var afterRef = parameters.Named("after", after);
        var limit = parameters.Named("limit", (long)pageSize);
        return parameters.Statement($"""
            MATCH (a:{CypherNames.NodeLabel})-[r:{CypherNames.RelType(type)}]->(b:{CypherNames.NodeLabel})
            WHERE r.{CypherNames.Seq} > {afterRef}
            RETURN r, a.{CypherNames.Id} AS startId, b.{CypherNames.Id} AS endId
            ORDER BY r.{CypherNames.Seq}
            LIMIT {limit}
            """);
    }
}
