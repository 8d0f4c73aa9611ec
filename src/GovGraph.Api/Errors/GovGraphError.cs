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
        Field = field;
    }

    /// <summary>The argument at fault, if one is.</summary>
    public string? Field { get; }

    /// <summary>
    /// The error a resolver's unexpected exception becomes: a store refusal the caller caused (a bad cursor)
    /// keeps its stable code; anything else stays unhandled, to be logged and masked.
    /// </summary>
    public static ExecutionError? FromException(Exception exception) => exception switch
    {
        GovGraph.Storage.StoreException store => new GovGraphError(store.Code, store.Message),
        _ => null,
    };
}
