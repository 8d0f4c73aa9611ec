using GovGraph.Storage.Security;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>A new key: its stored record and the plaintext key, which exists only here and is shown once.</summary>
public sealed record CreatedApiKey(ApiKeyRecord Record, string Key);
