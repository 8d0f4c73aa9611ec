using GovGraph.Domain.Model;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// Node writes. Properties travel as one map parameter per row (<c>SET n = row.props</c>), so property names from
/// input are never text either; the id, sequence number and version are set after, so input cannot override them.
/// </summary>
internal static class NodeWriteCypher
{
    /// <summary>Creates many nodes of one label: rows of <c>{ id, seq, props }</c>.</summary>
    public static CypherStatement Create(string label, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        var rowsRef = parameters.Named("rows", rows);
        return parameters.Statement($"""
            UNWIND {rowsRef} AS row
            CREATE (n:{CypherNames.NodeLabel}:{CypherNames.Label(label)})
            SET n = row.props, n.{CypherNames.Id} = row.id, n.{CypherNames.Seq} = row.seq, n.{CypherNames.Version} = 1
            """);
    }

    /// <summary>Replaces a node's properties and version (id, label, sequence and placement path stay). Returns <c>version</c> (no row: unknown id).</summary>
    public static CypherStatement Replace(string id, IReadOnlyDictionary<string, object?> props, long version)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        var propsRef = parameters.Named("props", props);
        var versionRef = parameters.Named("version", version);
        return parameters.Statement($$"""
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: {{idRef}}})
            WITH n, n.{{CypherNames.Seq}} AS seq, n.{{CypherNames.Path}} AS path, n.{{CypherNames.Depth}} AS depth, {{versionRef}} AS version
            SET n = {{propsRef}}, n.{{CypherNames.Id}} = {{idRef}}, n.{{CypherNames.Seq}} = seq, n.{{CypherNames.Version}} = version,
                n.{{CypherNames.Path}} = path, n.{{CypherNames.Depth}} = depth
            RETURN version
            """);
    }

    /// <summary>Deletes a node with its relationships (placement included). Returns <c>deleted</c>.</summary>
    public static CypherStatement Delete(string id)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        return parameters.Statement($$"""
            MATCH (n:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: {{idRef}}})
            DETACH DELETE n
            RETURN count(*) AS deleted
            """);
    }

    /// <summary>Removes every graph node and its relationships (<c>import --replace</c>); the change log stays.</summary>
    public static CypherStatement DeleteAll() => new CypherParameters().Statement($"""
        MATCH (n:{CypherNames.NodeLabel})
        DETACH DELETE n
        """);

    /// <summary>The nodes placed directly under a node, in insertion order. Returns <c>n</c>.</summary>
    public static CypherStatement Children(string id)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        return parameters.Statement($$"""
            MATCH (:{{CypherNames.NodeLabel}} {{{CypherNames.Id}}: {{idRef}}})<-[:{{CypherNames.PlacedUnder}}]-(n:{{CypherNames.NodeLabel}})
            RETURN n
            ORDER BY n.{{CypherNames.Seq}}
            """);
    }

    /// <summary>Whether the store holds no graph node. Returns <c>empty</c>.</summary>
    public static CypherStatement IsEmpty() => new CypherParameters().Statement($$"""
        RETURN NOT EXISTS { MATCH (:{{CypherNames.NodeLabel}}) } AS empty
        """);

    internal static IReadOnlyDictionary<string, object?> Row(GraphNode node, long seq) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["seq"] = seq,
            ["version"] = node.Version,
            ["props"] = node.Properties,
        };
}
