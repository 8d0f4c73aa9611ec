using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GovGraph.Api.Transport;

/// <summary>
/// Finds the type of the operation a request selects, so a GET can be refused for a mutation before anything runs.
/// </summary>
internal static class OperationSelector
{
    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.All, MaxDepth = 128 };

    /// <summary>
    /// The selected operation's type, or null when the document does not parse or names no single operation;
    /// the executor then reports that as a GraphQL error.
    /// </summary>
    public static OperationType? SelectedOperationType(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, Options);
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        return SelectedOperationType(document, operationName);
    }

    /// <summary>The selected operation's type in a parsed document, or null when it names no single operation.</summary>
    public static OperationType? SelectedOperationType(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? selected = null;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operationName is null)
            {
                // Without a name only a lone operation is selected; several make the request ambiguous.
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name is { } name && name.Value == operationName)
            {
                return operation.Operation;
            }
        }

        return selected?.Operation;
    }
}
