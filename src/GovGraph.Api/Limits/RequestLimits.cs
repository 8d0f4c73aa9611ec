using System.Security.Claims;
using GovGraph.Api.Errors;
using GovGraph.Api.Security;
using GovGraph.Api.Transport;
using GraphQL;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;

namespace GovGraph.Api.Limits;

/// <summary>
/// The limits checked on a request before GraphQL.NET sees it (query length, a caller's document allow-list), and
/// GraphQL.NET's own refusals of persisted documents and timeouts given GovGraph's stable codes.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Why the request may not run at all, or null.</summary>
    public static ExecutionError? Refusal(GraphQLHttpRequest request, ClaimsPrincipal user, GraphQLOptions options)
    {
        // A caller with an allow-list (an API key for one app) runs those documents and nothing else.
        if (Caller.From(user) is { AllowedDocuments.Count: > 0 } caller)
        {
            if (request.DocumentId is null)
            {
                return new ExecutionError("This caller may run only its persisted documents; send 'documentId' instead of 'query'.")
                { Code = ErrorCodes.PersistedDocumentRequired };
            }

            if (!caller.AllowedDocuments.Contains(request.DocumentId, StringComparer.Ordinal))
            {
                return new ExecutionError("This persisted document is not on the caller's allow-list.")
                { Code = ErrorCodes.PersistedDocumentNotAllowed };
            }
        }

        if (request.Query is { } query && query.Length > options.MaxQueryLength)
        {
            return new ExecutionError($"The query is longer than {options.MaxQueryLength} characters.")
            { Code = ErrorCodes.QueryTooLong };
        }

        return null;
    }

    /// <summary>Replaces GraphQL.NET's class-name codes of the refusals GovGraph documents with its own.</summary>
    public static void AssignCodes(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            error.Code = error switch
            {
                TimeoutError => ErrorCodes.ExecutionTimeout,
                DocumentIdMissingError => ErrorCodes.PersistedDocumentRequired,
                DocumentNotFoundError or DocumentIdInvalidError => ErrorCodes.PersistedDocumentNotFound,
                InvalidRequestError => ErrorCodes.InvalidParameter,
                _ => error.Code,
            };
        }
    }
}
