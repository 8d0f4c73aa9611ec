using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>
/// Authenticates a request by its <c>X-Api-Key</c> header: a principal with the key's role, scope, pii and
/// persisted-document allow-list as <see cref="GovGraphClaims"/>. No header: no result (another scheme may
/// apply); a header with anything but a valid key: a failure that does not say why.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    /// <summary>The one failure message, whatever was wrong with the key (malformed, unknown, revoked, wrong secret).</summary>
    public const string InvalidKeyMessage = "The API key is not valid.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        // Two X-Api-Key headers are not one key.
        var key = values.Count == 1 ? await keys.VerifyAsync(values[0], Context.RequestAborted) : null;
        if (key is null)
        {
            return AuthenticateResult.Fail(InvalidKeyMessage);
        }

        var claims = new List<Claim>
        {
            new("name", $"apikey:{key.Id}"),
            new(GovGraphClaims.Role, key.Role),
            new(GovGraphClaims.PersonalData, key.PersonalData ? "true" : "false"),
            new(GovGraphClaims.ApiKeyId, key.Id),
        };
        if (key.Scope is not null)
        {
            claims.Add(new Claim(GovGraphClaims.Scope, key.Scope));
        }

        claims.AddRange(key.Documents.Select(d => new Claim(GovGraphClaims.Document, d)));
        var identity = new ClaimsIdentity(claims, GovGraphClaims.ApiKeyType, "name", GovGraphClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
