using GraphQL;

namespace GovGraph.Api.Transport;

/// <summary>
/// The GraphQL-over-HTTP request parameters after their types were checked: either the query text or the id of a
/// persisted document (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery.sha256Hash</c> as <c>sha256:</c>
/// and the hash), never both. <paramref name="ApolloHash"/> is that hash whenever an Apollo client sent one without a
/// <c>documentId</c>, with or without the text (automatic persisted queries send both on their retry).
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions,
    string? DocumentId = null, string? ApolloHash = null);
