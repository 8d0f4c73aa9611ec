namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>
/// API keys as <c>GgApiKey</c> nodes (unique <c>id</c>): <c>name</c>, <c>role</c>, <c>scope</c>?, <c>pii</c>,
/// <c>salt</c>, <c>hash</c>, <c>documents</c> (a list), <c>createdAt</c> and <c>revokedAt</c>? as ISO 8601 UTC text,
/// which sorts in time order.
/// </summary>
internal static class ApiKeyCypher
{
    /// <summary>Creates the key unless its id is taken. Returns <c>id</c>; no row when the id was taken.</summary>
    public static CypherStatement Save(string id, IReadOnlyDictionary<string, object?> properties)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        var keyRef = parameters.Named("key", properties);
        return parameters.Statement($$"""
            OPTIONAL MATCH (existing:{{CypherNames.ApiKeyLabel}} {{{CypherNames.Id}}: {{idRef}}})
            WITH existing WHERE existing IS NULL
            CREATE (k:{{CypherNames.ApiKeyLabel}})
            SET k = {{keyRef}}, k.{{CypherNames.Id}} = {{idRef}}
            RETURN k.{{CypherNames.Id}} AS id
            """);
    }

    /// <summary>One key by id. Returns <c>k</c>; no row when there is none.</summary>
    public static CypherStatement Find(string id)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        return parameters.Statement($$"""
            MATCH (k:{{CypherNames.ApiKeyLabel}} {{{CypherNames.Id}}: {{idRef}}})
            RETURN k
            """);
    }

    /// <summary>Every key, oldest first. Returns <c>k</c>.</summary>
    public static CypherStatement List() => new CypherParameters().Statement($"""
        MATCH (k:{CypherNames.ApiKeyLabel})
        RETURN k
        ORDER BY k.createdAt, k.{CypherNames.Id}
        """);

    /// <summary>Sets <c>revokedAt</c> on a key not revoked yet. Returns <c>revoked</c>: 1, or 0 when there was nothing to revoke.</summary>
    public static CypherStatement Revoke(string id, string at)
    {
        var parameters = new CypherParameters();
        var idRef = parameters.Named("id", id);
        var atRef = parameters.Named("at", at);
        return parameters.Statement($$"""
            MATCH (k:{{CypherNames.ApiKeyLabel}} {{{CypherNames.Id}}: {{idRef}}})
            WHERE k.revokedAt IS NULL
            SET k.revokedAt = {{atRef}}
            RETURN count(k) AS revoked
            """);
    }
}
