using GovGraph.Api.Errors;
using GovGraph.Domain.Model;
using GraphQL;

namespace GovGraph.Api.Graph;

/// <summary>Node-id arguments, checked in one place so a malformed id never reaches the store.</summary>
public static class NodeArguments
{
    public static string Id(IResolveFieldContext context, string argument) => Valid(context.GetArgument<string>(argument), argument);

    public static string? OptionalId(IResolveFieldContext context, string argument) =>
        context.GetArgument<string?>(argument) is { } id ? Valid(id, argument) : null;

    public static string Valid(string id, string argument) =>
        NodeIds.IsWellFormed(id)
            ? id
            : throw new GovGraphError(ErrorCodes.InvalidId, $"Not a well-formed node id (1–{NodeIds.MaxLength} printable characters).", argument);
}
