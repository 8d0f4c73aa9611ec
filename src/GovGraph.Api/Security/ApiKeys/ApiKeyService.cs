using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Security;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>
/// Creates, verifies, lists and revokes API keys. Verification results are cached briefly
/// (<see cref="ApiKeyOptions.ApiKeyCacheSeconds"/>), so a revocation elsewhere takes effect within that time.
/// </summary>
public sealed partial class ApiKeyService(IApiKeyStore keys, IGraphStore graph, IOptions<ApiKeyOptions> options, TimeProvider time)
{
    /// <summary>The longest allow-list a key may carry.</summary>
    public const int MaxDocuments = 100;

    public const int MaxNameLength = 200;

    private static readonly string[] Roles = ["viewer", "analyst", "editor", "admin"];

    private readonly ApiKeyVerificationCache _cache = new(time, TimeSpan.FromSeconds(options.Value.ApiKeyCacheSeconds));

    /// <summary>How long a verification result is reused: the most a revocation elsewhere takes to reach this instance.</summary>
    public TimeSpan CacheLifetime { get; } = TimeSpan.FromSeconds(options.Value.ApiKeyCacheSeconds);

    /// <summary>
    /// Creates a key; <see cref="ApiKeyException"/> with a stable code when the request is invalid (nothing is stored).
    /// An empty scope means everything; documents, when given, are the only persisted documents the key may run.
    /// </summary>
    public async Task<CreatedApiKey> CreateAsync(
        string? name, string role, string? scope, bool personalData, IReadOnlyCollection<string> documents, CancellationToken ct)
    {
        name ??= string.Empty;
        if (name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new ApiKeyException(ApiKeyException.InvalidName, $"The name may have at most {MaxNameLength} characters and no control characters.");
        }

        if (!Roles.Contains(role, StringComparer.Ordinal))
        {
            throw new ApiKeyException(ApiKeyException.InvalidRole, "The role must be one of viewer, analyst, editor, admin.");
        }

        scope = string.IsNullOrEmpty(scope) ? null : scope;
        if (scope is not null && !await IsOrgUnitAsync(scope, ct))
        {
            throw new ApiKeyException(ApiKeyException.UnknownScope, "The scope must be the id of an existing org unit (city, township, village, party group or central household).");
        }

        var allowed = documents.Distinct(StringComparer.Ordinal).ToList();
        if (allowed.Count > MaxDocuments || allowed.Exists(d => !DocumentId().IsMatch(d)))
        {
            throw new ApiKeyException(ApiKeyException.InvalidDocument,
                $"Each document must be sha256: and 64 lower-case hex characters, at most {MaxDocuments} of them.");
        }

        var secret = ApiKeySecrets.NewSecret();
        var salt = ApiKeySecrets.NewSalt();
        var hash = ApiKeySecrets.Hash(secret, salt);
        for (var attempt = 1; ; attempt++)
        {
            var record = new ApiKeyRecord(ApiKeySecrets.NewId(), name, role, scope, personalData, salt, hash, allowed, time.GetUtcNow());
            try
            {
                await keys.SaveApiKeyAsync(record, ct);
                return new CreatedApiKey(record, ApiKeySecrets.Format(record.Id, secret));
            }
            catch (StoreException e) when (e.Code == StoreException.DuplicateId && attempt < 3)
            {
                // 64 random bits collide practically never; drawing again is all it takes.
            }
        }
    }

    /// <summary>The key's record when <paramref name="presented"/> is a valid, unrevoked key; null for anything else.</summary>
    public async Task<ApiKeyRecord?> VerifyAsync(string? presented, CancellationToken ct)
    {
        if (!ApiKeySecrets.TryParse(presented, out var id, out var secret))
        {
            return null;
        }

        var cacheKey = id + ":" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(presented!)));
        if (_cache.TryGet(cacheKey, out var cached))
        {
            return cached;
        }

        var record = await keys.FindApiKeyAsync(id, ct);
        var valid = record is { RevokedAt: null } && ApiKeySecrets.Verify(secret, record.Salt, record.Hash) ? record : null;
        _cache.Set(cacheKey, id, valid);
        return valid;
    }

    /// <summary>Every key, oldest first (records hold only salted hashes).</summary>
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct) => keys.ListApiKeysAsync(ct);

    /// <summary>Revokes a key now; false when there is no such key or it was revoked already. This instance stops accepting it at once.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken ct)
    {
        if (!ApiKeySecrets.IsId(id))
        {
            return false;
        }

        var revoked = await keys.RevokeApiKeyAsync(id, time.GetUtcNow(), ct);
        _cache.Evict(id);
        return revoked;
    }

    private async Task<bool> IsOrgUnitAsync(string id, CancellationToken ct) =>
        NodeIds.IsWellFormed(id)
        && (await graph.GetNodesAsync([id], ct)) is [var node]
        && Labels.OrgUnits.Contains(node.Label, StringComparer.Ordinal);

    [GeneratedRegex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentId();
}
