namespace GovGraph.Api.Transport;

/// <summary>
/// The stable <c>extensions.code</c> values GovGraph itself puts on errors. Clients branch on these, so a code
/// never changes meaning once shipped; GraphQL.NET's own parse and validation codes (<c>SYNTAX_ERROR</c>,
/// <c>FIELDS_ON_CORRECT_TYPE</c>, ...) come beside them unchanged.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request body is not JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The request body or a GET parameter is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "INVALID_UTF8";

    /// <summary>A request parameter has the wrong JSON type, or the body is not a JSON object.</summary>
    public const string InvalidParameter = "INVALID_PARAMETER";

    /// <summary>No <c>query</c> parameter (or an empty one).</summary>
    public const string QueryMissing = "QUERY_MISSING";

    /// <summary>A POST without a body.</summary>
    public const string BodyMissing = "BODY_MISSING";

    /// <summary>The server could not read the body (a broken chunked encoding, a connection cut mid-body).</summary>
    public const string BodyUnreadable = "BODY_UNREADABLE";

    /// <summary>The body is larger than <c>GraphQL:MaxBodyBytes</c>.</summary>
    public const string BodyTooLarge = "BODY_TOO_LARGE";

    /// <summary>The POST's Content-Type is not <c>application/json</c> (UTF-8).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header allows neither <c>application/graphql-response+json</c> nor <c>application/json</c>.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A method other than GET or POST, or a mutation over GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>Something failed on the server; the details are in the server log, never in the response.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
