namespace GovGraph.Api.Security;

/// <summary>The claims GovGraph reads from a JWT and puts on an API key's or the open mode's principal.</summary>
public static class GovGraphClaims
{
    /// <summary><c>viewer</c> | <c>analyst</c> | <c>editor</c> | <c>admin</c>.</summary>
    public const string Role = "role";

    /// <summary>The id of the org unit whose subtree the caller sees; empty or the city's id: everything.</summary>
    public const string Scope = "scope";

    /// <summary><c>true</c> to see personal data (with analyst or above).</summary>
    public const string PersonalData = "pii";

    /// <summary>The API key's id, on principals authenticated by an API key.</summary>
    public const string ApiKeyId = "gg_key";

    /// <summary>One claim per persisted document an API key may run (its allow-list); none: any document.</summary>
    public const string Document = "gg_document";

    /// <summary>The authentication types of GovGraph's principals.</summary>
    public const string BearerType = "Bearer";

    public const string ApiKeyType = "ApiKey";

    public const string OpenType = "Open";
}
