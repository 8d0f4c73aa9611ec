namespace GovGraph.Api.Errors;

/// <summary>
/// Every stable error code GovGraph returns in <c>extensions.code</c> (or a payload's <c>code</c>). Clients may
/// switch on these; they never change meaning. GraphQL.NET's own validation codes pass through unchanged.
/// </summary>
public static class ErrorCodes
{
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string UnknownLabel = "UNKNOWN_LABEL";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string NotFound = "NOT_FOUND";
    public const string InternalError = "INTERNAL_ERROR";
}
