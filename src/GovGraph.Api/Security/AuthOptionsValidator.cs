using System.Text;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Security;

/// <summary>
/// Refuses an <c>Auth</c> section that would half-secure the API, at start and naming the key to fix. Whether
/// authentication is on is decided from the configuration itself (<see cref="AuthMode"/>), not from these values.
/// </summary>
internal sealed class AuthOptionsValidator(AuthMode mode) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (!mode.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        const string on = "Authentication is on because an Auth:* setting is present";
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add($"Auth:Issuer is required ({on}): the iss every token must carry.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"Auth:Audience is required ({on}): the aud every token must carry.");
        }

        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        if (hasKey && hasAuthority)
        {
            failures.Add("Auth:SigningKey and Auth:Authority are both set; set exactly one (a shared HS256 key or an OpenID Connect issuer).");
        }
        else if (!hasKey && !hasAuthority)
        {
            failures.Add($"Auth:SigningKey or Auth:Authority is required ({on}): a shared HS256 key or an OpenID Connect issuer.");
        }
        else if (hasKey && Encoding.UTF8.GetByteCount(options.SigningKey!) < AuthOptions.MinSigningKeyBytes)
        {
            failures.Add($"Auth:SigningKey must be at least {AuthOptions.MinSigningKeyBytes} bytes of UTF-8 for HS256.");
        }
        else if (hasAuthority && !IsAcceptableAuthority(options.Authority!, options.RequireHttpsMetadata))
        {
            failures.Add(options.RequireHttpsMetadata
                ? "Auth:Authority must be an absolute https URL (set Auth:RequireHttpsMetadata=false only for a local identity provider)."
                : "Auth:Authority must be an absolute http or https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAcceptableAuthority(string authority, bool requireHttps) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp));
}
