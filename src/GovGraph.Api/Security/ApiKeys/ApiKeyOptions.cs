using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Security.ApiKeys;

/// <summary>API-key settings, beside the other <c>Auth:*</c> settings.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// How long a verification result is reused, so a busy app does not cost a store call per request; 0 turns the
    /// cache off. A key revoked on another instance (or by the CLI) stops working within this time; a revocation
    /// through this instance's service takes effect at once.
    /// </summary>
    [Range(0, 3600)]
    public int ApiKeyCacheSeconds { get; set; } = 10;
}
