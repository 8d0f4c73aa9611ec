using System.Globalization;
using System.Text.Json;
using GovGraph.Storage.Neo4j.Cypher;
using GovGraph.Storage.Neo4j.Cypher.Builders;
using GovGraph.Storage.Security;

namespace GovGraph.Storage.Neo4j.Store;

public sealed partial class Neo4jGraphStore : IApiKeyStore
{
    private const string ConstraintViolation = "Neo.ClientError.Schema.ConstraintValidationFailed";

    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        StoreException.ThrowIfMalformedId(key.Id, "API key");
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = key.Name,
            ["role"] = key.Role,
            ["scope"] = key.Scope,
            ["pii"] = key.PersonalData,
            ["salt"] = key.Salt,
            ["hash"] = key.Hash,
            ["documents"] = key.Documents.ToList(),
            ["createdAt"] = Instant(key.CreatedAt),
            ["revokedAt"] = key.RevokedAt is { } revoked ? Instant(revoked) : null,
        };

        CypherResult result;
        try
        {
            result = await runner.RunAsync(ApiKeyCypher.Save(key.Id, properties), AccessMode.Write, ct);
        }
        catch (Neo4jException e) when (e.Code == ConstraintViolation)
        {
            // Two saves of one id at once: the check in the statement saw neither, the constraint caught the second.
            throw Duplicate(key.Id);
        }

        if (result.Values.Count == 0)
        {
            throw Duplicate(key.Id);
        }
    }

    public async Task<ApiKeyRecord?> FindApiKeyAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        var result = await ReadAsync(ApiKeyCypher.Find(id), ct);
        return result.Values.Count == 0 ? null : ApiKey(Neo4jValues.Field(result, result.Values[0], "k"));
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct)
    {
        var result = await ReadAsync(ApiKeyCypher.List(), ct);
        return result.Values.Select(row => ApiKey(Neo4jValues.Field(result, row, "k"))).ToList();
    }

    public async Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        var result = await runner.RunAsync(ApiKeyCypher.Revoke(id, Instant(at)), AccessMode.Write, ct);
        return result.Values.Count > 0 && Neo4jValues.Long(Neo4jValues.Field(result, result.Values[0], "revoked")) > 0;
    }

    private static StoreException Duplicate(string id) => new(StoreException.DuplicateId, $"An API key with id '{id}' already exists.");

    /// <summary>ISO 8601 in UTC with a fixed number of digits, so instants sort as text.</summary>
    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseInstant(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;

    private static ApiKeyRecord ApiKey(JsonElement node)
    {
        var p = node.GetProperty("properties");
        string Text(string name) => p.GetProperty(name).GetString() ?? string.Empty;
        return new ApiKeyRecord(
            Text(CypherNames.Id),
            Text("name"),
            Text("role"),
            p.TryGetProperty("scope", out var scope) ? Neo4jValues.String(scope) : null,
            p.TryGetProperty("pii", out var pii) && pii.ValueKind == JsonValueKind.True,
            Text("salt"),
            Text("hash"),
            p.TryGetProperty("documents", out var documents) && documents.ValueKind == JsonValueKind.Array
                ? documents.EnumerateArray().Select(d => d.GetString() ?? string.Empty).ToList()
                : [],
            ParseInstant(p, "createdAt") ?? DateTimeOffset.MinValue,
            ParseInstant(p, "revokedAt"));
    }
}
