using GraphQL;

namespace GovGraph.Api.Errors;

/// <summary>
/// The one error type resolvers raise for expected failures: a GraphQL error with a stable
/// <c>extensions.code</c> and, where one argument is at fault, <c>extensions.field</c>.
/// </summary>
public sealed class GovGraphError : ExecutionError
{
    public GovGraphError(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        if (field is not null)
        {
            Data["field"] = field;
        }
    }
}
