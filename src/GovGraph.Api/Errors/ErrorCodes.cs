namespace GovGraph.Api.Errors;

/// <summary>
/// Every stable <c>extensions.code</c> GovGraph itself puts on errors, in one place. Clients branch on these,
/// so a code never changes meaning once shipped; GraphQL.NET's own parse and validation codes
/// (<c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>, ...) come beside them unchanged.
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

    /// <summary>An argument is out of its allowed range or form (extensions.field names it).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>
    /// A statistics window that ends before it starts, or is longer than its query allows (<c>serviceStats</c>:
    /// 366 days); extensions.field names the end (<c>to</c>).
    /// </summary>
    public const string InvalidWindow = "INVALID_WINDOW";

    /// <summary>A node id that cannot exist: blank, over 200 characters, control characters or a lone surrogate.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>
    /// An `after` cursor this API did not issue: for lists, not one of their cursors; for the change feed, not 16
    /// decimal digits or beyond the newest change.
    /// </summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A change-feed `after` cursor older than retention (Changes:Retention) kept: the events after it are gone.</summary>
    public const string CursorExpired = "CURSOR_EXPIRED";

    /// <summary>A subscription sent as a plain GET/POST; it needs WebSocket or Server-Sent Events.</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>`first` above GraphQL:MaxPageSize.</summary>
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";

    /// <summary>A label that is not in the model.</summary>
    public const string UnknownLabel = "UNKNOWN_LABEL";

    /// <summary>A relationship type that is not in the model.</summary>
    public const string UnknownRelationshipType = "UNKNOWN_RELATIONSHIP_TYPE";

    /// <summary>More ids in one `nodes` call than it takes.</summary>
    public const string TooManyIds = "TOO_MANY_IDS";

    /// <summary>The selection nests deeper than GraphQL:MaxDepth, or the document deeper than the parser recurses.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The query's complexity is above GraphQL:MaxComplexity.</summary>
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";

    /// <summary>The query text is longer than GraphQL:MaxQueryLength characters.</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>The operation holds more aliased fields than GraphQL:MaxAliases, counting every fragment spread.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>The query or mutation ran longer than GraphQL:ExecutionTimeout; a mutation may still have committed (retry it with the same clientMutationId).</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>
    /// Raw query text where only persisted documents are accepted (GraphQL:PersistedDocuments:AllowOnly, or a caller
    /// with an allow-list of documents); send <c>documentId</c> instead.
    /// </summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The <c>documentId</c> (or Apollo <c>persistedQuery.sha256Hash</c>) names no persisted document, or is malformed.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>The persisted document is not on the caller's allow-list.</summary>
    public const string PersistedDocumentNotAllowed = "PERSISTED_DOCUMENT_NOT_ALLOWED";

    /// <summary>
    /// Apollo's code (automatic persisted queries): the hash names no document yet; send it again with the query
    /// text and the server registers it. Never given when GraphQL:PersistedDocuments:AllowOnly is on.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Apollo's code: automatic persisted queries are off (AutomaticMaxCount 0); send the query text.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The query text sent with an Apollo <c>persistedQuery.sha256Hash</c> does not hash to it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The caller sent more requests (or WebSocket subscribe operations) than RateLimit:* allows; retry after Retry-After seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Something the query needs is not in the store.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>
    /// No valid credentials (HTTP 401): no bearer token or API key, or one that is expired, not yet valid, for
    /// another issuer or audience, badly signed or unsigned.
    /// </summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>
    /// Valid credentials that may not do this (HTTP 403 at the transport: the token names no known role; the
    /// same code as the mutations' refusal of a role that may not write).
    /// </summary>
    public const string Forbidden = GovGraph.Domain.Rules.RuleCodes.Forbidden;

    /// <summary>The <c>X-GovGraph-Actor</c> header (read only in the open mode) is blank, longer than 100 characters or holds control characters.</summary>
    public const string InvalidActor = "INVALID_ACTOR";

    /// <summary>
    /// Filtering, sorting or searching households by name (personal data) by a caller who sees it masked: it needs
    /// the analyst role or above and the <c>pii</c> claim.
    /// </summary>
    public const string PersonalDataHidden = "PERSONAL_DATA_HIDDEN";
}
