using GraphQL;

namespace GovGraph.Api.Transport;

/// <summary>The four GraphQL-over-HTTP request parameters after their types were checked.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
