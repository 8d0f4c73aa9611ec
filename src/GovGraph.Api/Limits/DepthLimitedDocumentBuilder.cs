using GovGraph.Api.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Limits;

/// <summary>
/// GraphQL.NET's parser with a nesting bound derived from <see cref="GraphQLOptions.MaxDepth"/>, so a document
/// hundreds of levels deep stops in the parser with <c>MAX_DEPTH_EXCEEDED</c> instead of being built and walked
/// (its own bound ends in an exception the executor would report as an internal error).
/// </summary>
internal sealed class DepthLimitedDocumentBuilder(IOptions<GraphQLOptions> options) : IDocumentBuilder
{
    // The parser counts AST nodes, not selection levels: a field and its selection set are two, and argument
    // values nest too. Four per level plus room for values keeps every document the analyzer would admit.
    private readonly GraphQLDocumentBuilder _inner = new() { MaxDepth = options.Value.MaxDepth * 4 + 64 };

    public GraphQLDocument Build(string body)
    {
        try
        {
            return _inner.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new ExecutionError(
                $"The document nests deeper than this server parses (GraphQL:MaxDepth is {options.Value.MaxDepth}).")
            { Code = ErrorCodes.MaxDepthExceeded };
        }
    }
}
