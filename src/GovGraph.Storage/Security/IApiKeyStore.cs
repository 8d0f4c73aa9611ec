namespace GovGraph.Storage.Security;

/// <summary>
/// Where API keys live: beside the graph in the same store, so every API instance sees the same keys and a
/// revocation. Both backends implement it and pass the same contract tests.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key. <see cref="StoreException"/> DUPLICATE_ID when the id is taken.</summary>
    Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct);

    /// <summary>The key with this id, revoked or not; null when there is none.</summary>
    Task<ApiKeyRecord?> FindApiKeyAsync(string id, CancellationToken ct);

    /// <summary>Every key, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct);

    /// <summary>Marks the key revoked at <paramref name="at"/>; false when there is no such key (or it was revoked already).</summary>
    Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken ct);
}
