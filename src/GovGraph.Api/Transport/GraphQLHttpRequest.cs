using GraphQL;

namespace GovGraph.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP request parameters after their types were checked: either the query text or the id of a
/// persisted document (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery.sha256Hash</c> as <c>sha256:</c>
/// and the hash), never both.
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions,
    string? DocumentId = null);
