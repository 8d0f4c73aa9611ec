namespace GovGraph.Storage.Security;

/// <summary>
/// A third-party app's API key as stored: never the secret, only a salted hash of it. <see cref="Id"/> is the
/// public part of the key (it is printed in the key itself, so the store finds the record in one lookup).
/// </summary>
/// <param name="Id">The key's public id (lower-case hex), unique.</param>
/// <param name="Name">What the key is for, as its creator described it.</param>
/// <param name="Role">viewer | analyst | editor | admin.</param>
/// <param name="Scope">The org unit whose subtree the key sees; null: everything.</param>
/// <param name="PersonalData">True when the key may see personal data unmasked (with analyst or above).</param>
/// <param name="Salt">Random salt, base64.</param>
/// <param name="Hash">HMAC-SHA256 of the secret keyed with the salt, base64.</param>
/// <param name="Documents">When not empty, the only persisted documents (<c>sha256:…</c> ids) the key may run.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; null while it is valid.</param>
public sealed record ApiKeyRecord(
    string Id,
    string Name,
    string Role,
    string? Scope,
    bool PersonalData,
    string Salt,
    string Hash,
    IReadOnlyList<string> Documents,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null);
