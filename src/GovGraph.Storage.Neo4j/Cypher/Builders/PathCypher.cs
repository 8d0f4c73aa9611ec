namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Keeps the materialised placement path (<see cref="CypherNames.Path"/>, <see cref="CypherNames.Depth"/>) true in the
/// write transaction, after <see cref="PlacementCypher"/> has re-placed the nodes a write touched. A node's path is
/// read off its walk up <c>PLACED_UNDER</c> (one parent per node, so a few hops) and built from the ancestors'
/// <c>gg_seq</c>, which never change: it depends on the placement alone, never on another node's stored path, so
/// the order nodes are settled in does not matter. A node in a cycle of placing relationships reaches no root and
/// becomes its own root, as on the embedded store.
/// </summary>
internal static class PathCypher
{
    /// <summary>
    /// Sets the path of the nodes with these ids; where an existing node's path changed (it moved), also rewrites its
    /// subtree's paths from the walk down, so a moved node carries its subtree. Returns <c>settled</c>, <c>moved</c>.
    /// </summary>
    public static CypherStatement Settle(IReadOnlyCollection<string> ids)
    {
        var parameters = new CypherParameters();
        var idsRef = parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList());
        return parameters.Statement($$"""
            UNWIND {{idsRef}} AS id
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: id})
            {{WalkUp("n")}}
            WITH n, n.{{CypherNames.Path}} AS old, path, depth
            SET n.{{CypherNames.Path}} = path, n.{{CypherNames.Depth}} = depth
            WITH n, old, path, depth
            CALL (n, old, path, depth) {
                MATCH down = (n)<-[:{{CypherNames.PlacedUnder}}*1..]-(d:{{CypherNames.NodeLabel}})
                WHERE old IS NOT NULL AND old <> path
                SET d.{{CypherNames.Path}} = path + reduce(s = '', a IN tail(nodes(down)) | s + toString(a.{{CypherNames.Seq}}) + '/'),
                    d.{{CypherNames.Depth}} = depth + length(down)
                RETURN count(d) AS carried
            }
            RETURN count(n) AS settled, count(CASE WHEN old IS NOT NULL AND old <> path THEN 1 END) AS moved
            """);
    }

    /// <summary>
    /// Gives every graph node without a path one (a store written before paths existed), committing every
    /// <paramref name="rowsPerTransaction"/> nodes. An auto-commit statement only: <c>CALL … IN TRANSACTIONS</c> is
    /// refused inside an explicit transaction. Parents first is not needed (see the class remarks).
    /// </summary>
    public static CypherStatement Backfill(int rowsPerTransaction)
    {
        var parameters = new CypherParameters();
        var rows = parameters.Named("rows", (long)rowsPerTransaction);
        return parameters.Statement($$"""
            MATCH (n:{{CypherNames.NodeLabel}})
            WHERE n.{{CypherNames.Path}} IS NULL
            CALL (n) {
                {{WalkUp("n")}}
                SET n.{{CypherNames.Path}} = path, n.{{CypherNames.Depth}} = depth
            } IN TRANSACTIONS OF {{rows}} ROWS
            """);
    }

    // Binds `path` and `depth` of v from its walk up to the root (v itself when it has no parent or sits in a cycle).
    private static string WalkUp(string v) => $$"""
        OPTIONAL MATCH up = ({{v}})-[:{{CypherNames.PlacedUnder}}*0..]->(root:{{CypherNames.NodeLabel}})
        WHERE NOT EXISTS { (root)-[:{{CypherNames.PlacedUnder}}]->() }
        WITH {{v}}, coalesce(reverse(nodes(up)), [{{v}}]) AS chain
        WITH {{v}}, reduce(s = '/', a IN chain | s + toString(a.{{CypherNames.Seq}}) + '/') AS path, size(chain) - 1 AS depth
        """;
}
