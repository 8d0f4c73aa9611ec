namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Each node's ancestors by placement, nearest first, up to the root: the longest bounded walk up
/// <c>PLACED_UNDER</c>. Returns <c>id</c>, <c>ancestors</c> (ids; empty for a root).
/// </summary>
internal static class AncestorsCypher
{
    public static CypherStatement Build(IReadOnlyCollection<string> ids)
    {
        var parameters = new CypherParameters();
        var idsRef = parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        return parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})
            OPTIONAL MATCH up = (n)-[:{{CypherNames.PlacedUnder}}*1..{{CypherNames.MaxPlacementDepth}}]->(root)
            WHERE NOT EXISTS { (root)-[:{{CypherNames.PlacedUnder}}]->() }
            RETURN id, coalesce([a IN tail(nodes(up)) | a.{{CypherNames.Id}}], []) AS ancestors
            """);
    }
}
