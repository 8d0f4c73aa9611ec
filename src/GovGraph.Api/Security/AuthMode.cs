namespace GovGraph.Api.Security;

/// <summary>
/// Whether authentication is on: any <c>Auth:*</c> value in the configuration turns it on, so a deployment that
/// meant to secure the API and got one key wrong fails at start instead of running open.
/// </summary>
public sealed record AuthMode(bool IsEnabled)
{
    public static AuthMode From(IConfiguration configuration) =>
        new(configuration.GetSection(AuthOptions.Section).AsEnumerable().Any(kv => !string.IsNullOrEmpty(kv.Value)));
}
