namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>Many nodes by id in one round trip (<c>UNWIND</c> over the uniqueness index). Returns <c>n</c>.</summary>
internal static class GetNodesCypher
{
    public static CypherStatement Build(IReadOnlyCollection<string> ids)
    {
        var parameters = new CypherParameters();
        var idsRef = parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        return parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})
            RETURN n
            ORDER BY n.{{CypherNames.Seq}}
            """);
    }
}
