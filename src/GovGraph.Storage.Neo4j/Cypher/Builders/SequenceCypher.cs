namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Reserves a block of numbers from a named counter node (<c>gg_seq</c> for insertion order, <c>changes</c> for
/// change-log cursors). Writing the counter takes its lock until commit, so concurrent transactions are serialised
/// on it and numbers are handed out in commit order without gaps. Returns <c>last</c> (the block is last-count+1..last).
/// </summary>
internal static class SequenceCypher
{
    public const string NodeAndRelationshipSeq = "seq";

    public const string ChangeCursor = "changes";

    public const string PrunedThrough = "pruned";

    public static CypherStatement Reserve(string counter, long count)
    {
        var parameters = new CypherParameters();
        var name = parameters.Named("counter", counter);
        var countRef = parameters.Named("count", count);
        return parameters.Statement($$"""
            MERGE (c:{{CypherNames.CounterLabel}} {name: {{name}}})
            SET c.value = coalesce(c.value, 0) + {{countRef}}
            RETURN c.value AS last
            """);
    }
}
