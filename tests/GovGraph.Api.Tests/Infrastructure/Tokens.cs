using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>Mints the JWTs a <see cref="SecuredFactory"/> accepts (and, with other parameters, ones it must refuse).</summary>
public static class Tokens
{
    public const string Issuer = "https://issuer.test/govgraph";

    public const string Audience = "govgraph-api";

    /// <summary>48 bytes of test-only key material (HS256 needs at least 32).</summary>
    public const string SigningKey = "govgraph-tests-signing-key-0123456789-abcdefghij";

    public static string Create(
        string? role,
        string? scope = null,
        bool pii = false,
        string name = "tester",
        string issuer = Issuer,
        string audience = Audience,
        string signingKey = SigningKey,
        TimeSpan? lifetime = null,
        IReadOnlyCollection<string>? documents = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = name, ["name"] = name };
        if (role is not null)
        {
            claims["role"] = role;
        }

        if (scope is not null)
        {
            claims["scope"] = scope;
        }

        claims["pii"] = pii ? "true" : "false";
        if (documents is { Count: > 0 })
        {
            // A JSON array claim: the API reads one gg_document claim per element.
            claims["gg_document"] = documents.ToArray();
        }

        var now = DateTime.UtcNow;
        var life = lifetime ?? TimeSpan.FromHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = life < TimeSpan.Zero ? now + life - TimeSpan.FromMinutes(10) : now,
            NotBefore = life < TimeSpan.Zero ? now + life - TimeSpan.FromMinutes(10) : now,
            Expires = now + life,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The principal's claims as the API reads them, for assertions on what a token carries.</summary>
    public static IReadOnlyList<Claim> Read(string token) => new JsonWebToken(token).Claims.ToList();
}
