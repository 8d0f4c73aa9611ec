namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>How many nodes match a criteria. Returns <c>count</c>.</summary>
internal static class CountNodesCypher
{
    public static CypherStatement Build(NodeCriteria criteria, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        return cypher.Parameters.Statement($"""
            {NodeMatch.For(criteria, cypher)}
            RETURN count(n) AS count
            """);
    }
}
