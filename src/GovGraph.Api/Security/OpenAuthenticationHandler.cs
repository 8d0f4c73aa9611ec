using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Security;

/// <summary>
/// The open development mode (no <c>Auth:*</c> configured): every request is the admin <c>anonymous</c> who sees
/// personal data and everything. Registered only then; start-up and <c>/health/ready</c> say so loudly.
/// </summary>
internal sealed class OpenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = GovGraphClaims.OpenType;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A principal per request: claims transformations may add to it.
        var identity = new ClaimsIdentity(
            [
                new Claim(AuthExtensions.NameClaim, Caller.Open.Name),
                new Claim(GovGraphClaims.Role, "admin"),
                new Claim(GovGraphClaims.PersonalData, "true"),
            ],
            GovGraphClaims.OpenType, AuthExtensions.NameClaim, GovGraphClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
