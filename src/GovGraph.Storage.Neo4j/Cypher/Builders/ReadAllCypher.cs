using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>Export pages: every node, or every model relationship, in insertion order after a <c>gg_seq</c>.</summary>
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

    /// <summary>Returns <c>r</c>, <c>startId</c>, <c>endId</c>.</summary>
    public static CypherStatement Relationships(long after, int pageSize)
    {
        var parameters = new CypherParameters();
        var types = parameters.Named("types", RelTypes.Storable.ToList());
        var afterRef = parameters.Named("after", after);
        var limit = parameters.Named("limit", (long)pageSize);
        return parameters.Statement($"""
            MATCH (a:{CypherNames.NodeLabel})-[r]->(b:{CypherNames.NodeLabel})
            WHERE type(r) IN {types} AND r.{CypherNames.Seq} > {afterRef}
            RETURN r, a.{CypherNames.Id} AS startId, b.{CypherNames.Id} AS endId
            ORDER BY r.{CypherNames.Seq}
            LIMIT {limit}
            """);
    }
}
