namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>The sum of a numeric property over the matching nodes (0 when none; non-numbers are skipped). Returns <c>sum</c>.</summary>
internal static class SumCypher
{
    public static CypherStatement Build(NodeCriteria criteria, string property, DateOnly today)
    {
        var cypher = new CypherCriteria(new CypherParameters(), today);
        var match = NodeMatch.For(criteria, cypher);
        var value = cypher.Property("n", property);
        return cypher.Parameters.Statement($"""
            {match}
            WITH {value} AS value
            WHERE value IS :: INTEGER NOT NULL OR value IS :: FLOAT NOT NULL
            RETURN coalesce(sum(toFloat(value)), 0.0) AS sum
            """);
    }
}
