using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GovGraph.Bench.Scope;

/// <summary>
/// HS256 bearer tokens for the API the scope run starts with its own issuer, audience and key: the few lines of a
/// JWT (RFC 7519) the bench needs, so it carries no token library.
/// </summary>
internal static class BenchTokens
{
    public const string Issuer = "https://bench.govgraph.local";

    public const string Audience = "govgraph-bench";

    public static readonly string SigningKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The API settings that make it accept these tokens.</summary>
    public static IReadOnlyList<string> ApiSettings =>
    [
        $"--Auth:Issuer={Issuer}",
        $"--Auth:Audience={Audience}",
        $"--Auth:SigningKey={SigningKey}",
    ];

    public static string Create(string role, string? scope, bool pii)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = "bench",
            ["name"] = "bench",
            ["role"] = role,
            ["pii"] = pii ? "true" : "false",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        };
        if (scope is not null)
        {
            claims["scope"] = scope;
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
