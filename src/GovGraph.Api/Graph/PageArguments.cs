using GovGraph.Api.Errors;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>The <c>first</c>/<c>after</c> arguments of every connection, validated in one place.</summary>
public sealed record PageArguments(int First, string? After)
{
    public static QueryArgument[] Definitions(GraphQLOptions options) =>
    [
        new QueryArgument<IntGraphType>
        {
            Name = "first",
            Description = $"How many edges to return (default {options.DefaultPageSize}, at most {options.MaxPageSize}).",
        },
        new QueryArgument<StringGraphType>
        {
            Name = "after",
            Description = "Return the edges after this cursor (an `endCursor` or edge `cursor` from an earlier page).",
        },
    ];

    public static PageArguments From(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0)
        {
            throw new GovGraphError(ErrorCodes.InvalidArgument, "`first` must not be negative.", "first");
        }

        if (first > options.MaxPageSize)
        {
            throw new GovGraphError(
                ErrorCodes.PageSizeTooLarge,
                $"`first` may not exceed {options.MaxPageSize}; page with `after` instead.",
                "first");
        }

        var after = context.GetArgument<string?>("after");
        if (after is { Length: > 512 })
        {
            throw new GovGraphError(ErrorCodes.InvalidCursor, "`after` is not a cursor this API issued.", "after");
        }

        return new PageArguments(first, after);
    }
}
