namespace GovGraph.Api.Security.ApiKeys;

/// <summary>An API key request refused for a reason its sender can fix; <see cref="Code"/> is stable, nothing was stored.</summary>
public sealed class ApiKeyException(string code, string message) : Exception(message)
{
    /// <summary>The role is not one of viewer, analyst, editor, admin.</summary>
    public const string InvalidRole = "INVALID_ROLE";

    /// <summary>The scope is not the id of an existing org unit (city, township, village, party group, central household).</summary>
    public const string UnknownScope = "UNKNOWN_SCOPE";

    /// <summary>A persisted-document id is not <c>sha256:</c> and 64 lower-case hex characters, or there are too many.</summary>
    public const string InvalidDocument = "INVALID_DOCUMENT";

    /// <summary>The name is longer than 200 characters or holds control characters.</summary>
    public const string InvalidName = "INVALID_NAME";

    public string Code { get; } = code;
}
