namespace GovGraph.Api.Security;

/// <summary>
/// How callers authenticate (configuration section <c>Auth</c>). With nothing set the API runs open: every request
/// is an admin that sees personal data. Any value set turns authentication on, and then <see cref="Issuer"/>,
/// <see cref="Audience"/> and exactly one of <see cref="SigningKey"/> or <see cref="Authority"/> are required.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HS256 keys shorter than this are refused: RFC 7518 asks for a key as long as the hash.</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>The shared HS256 secret (at least 32 bytes of UTF-8) tokens are signed with.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The OpenID Connect issuer whose discovery document gives the signing keys (instead of a signing key).</summary>
    public string? Authority { get; set; }

    /// <summary>Discovery only over https (turn off only for a local identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
