using System.Text;
using GovGraph.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovGraph.Api.Tests.Security;

/// <summary>Bearer tokens a <see cref="SecuredFactory"/> must refuse, by name (a theory's data row).</summary>
public static class BadCredentials
{
    public static TheoryData<string> Kinds =>
        ["missing", "expired", "not-yet-valid", "wrong-issuer", "wrong-audience", "wrong-key", "alg-none", "garbage"];

    /// <summary>The token of that kind (null: no Authorization header at all).</summary>
    public static string? Token(string kind) => kind switch
    {
        "missing" => null,
        "expired" => Tokens.Create("admin", lifetime: TimeSpan.FromHours(-1)),
        "not-yet-valid" => NotYetValid(),
        "wrong-issuer" => Tokens.Create("admin", issuer: "https://someone-else.test/"),
        "wrong-audience" => Tokens.Create("admin", audience: "another-api"),
        "wrong-key" => Tokens.Create("admin", signingKey: "not-the-govgraph-key-but-long-enough-0123456789"),
        "alg-none" => Unsigned(),
        "garbage" => "this-is.not-a.token",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Otherwise perfect, but valid only from ten minutes on (beyond the API's clock skew).</summary>
    private static string NotYetValid()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Tokens.Issuer,
            Audience = Tokens.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "early", ["name"] = "early", ["role"] = "admin" },
            IssuedAt = now,
            NotBefore = now.AddMinutes(10),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Tokens.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An admin token with <c>alg: none</c> and no signature: everything right but the proof.</summary>
    private static string Unsigned()
    {
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{Tokens.Issuer}}","aud":"{{Tokens.Audience}}","sub":"mallory","name":"mallory","role":"admin","pii":"true","exp":{{expires}}}""");
        return header + "." + payload + ".";
    }
}
