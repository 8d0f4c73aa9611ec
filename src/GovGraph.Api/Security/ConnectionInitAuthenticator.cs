using System.Net;
using System.Security.Claims;
using System.Text.Json;
using GovGraph.Api.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace GovGraph.Api.Security;

/// <summary>
/// The principal of a WebSocket connection: the credentials of its <c>connection_init</c> payload when it has
/// any (browsers cannot set headers on an upgrade), else those of the upgrade request. Payload credentials go
/// through the same schemes as a request's headers, so a token or key means the same on every transport.
/// </summary>
internal sealed class ConnectionInitAuthenticator(AuthMode mode, IServiceScopeFactory scopes)
{
    /// <summary>Payload keys, as clients spell them, and the header each stands for.</summary>
    private static readonly (string Key, string Header)[] PayloadKeys =
    [
        ("Authorization", HeaderNames.Authorization),
        ("authorization", HeaderNames.Authorization),
        ("X-Api-Key", ApiKeyAuthenticationHandler.Header),
        ("x-api-key", ApiKeyAuthenticationHandler.Header),
        ("apiKey", ApiKeyAuthenticationHandler.Header),
    ];

    /// <summary>
    /// The connection's principal, or null when it must be refused: authentication is on and neither the payload
    /// nor the upgrade brought credentials naming a known role (or the payload's are invalid).
    /// </summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(ClaimsPrincipal upgradeUser, JsonElement payload, IPAddress? remoteAddress)
    {
        if (!mode.IsEnabled)
        {
            return upgradeUser;
        }

        var headers = Credentials(payload);
        if (headers.Count == 0)
        {
            return Caller.From(upgradeUser) is null ? null : upgradeUser;
        }

        // The schemes read headers from an HttpContext: a fresh one holding only the payload's credentials.
        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Connection.RemoteIpAddress = remoteAddress;
        foreach (var (header, value) in headers)
        {
            http.Request.Headers[header] = value;
        }

        var result = await http.AuthenticateAsync(AuthExtensions.SchemeName);
        return result.Succeeded && Caller.From(result.Principal) is not null ? result.Principal : null;
    }

    private static Dictionary<string, string> Credentials(JsonElement payload)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return headers;
        }

        foreach (var (key, header) in PayloadKeys)
        {
            if (payload.TryGetProperty(key, out var value))
            {
                // A credential that is not a string is still an attempt: an empty value fails authentication.
                headers[header] = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
            }
        }

        return headers;
    }
}
