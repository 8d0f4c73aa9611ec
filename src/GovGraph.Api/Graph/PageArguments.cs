using GovGraph.Api.Errors;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>
/// The paging arguments of every connection, validated in one place: <c>first</c>/<c>after</c> page forwards,
/// <c>last</c>/<c>before</c> backwards (Relay cursor connections). One direction per call: mixing them is refused
/// rather than given the spec's combined meaning, which no Relay client sends and which would cost a second window.
/// </summary>
public sealed record PageArguments(int Size, string? After, bool Backward = false, string? Before = null)
{
    /// <summary>One edge forwards from the start (a single neighbour).</summary>
    public static readonly PageArguments One = new(1, null);

    /// <summary>Identifies the page among others of the same list (batch loaders, cache keys).</summary>
    public string Key => Backward ? $"last:{Size}:{Before}" : $"first:{Size}:{After}";

    public static QueryArgument[] Definitions(GraphQLOptions options) =>
    [
        .. Forward(options),
        new QueryArgument<IntGraphType>
        {
            Name = "last",
            Description = $"How many edges to return counting back from `before` (from the end without it): default {options.DefaultPageSize}, at most {options.MaxPageSize}. Not with `first` or `after`.",
        },
        new QueryArgument<StringGraphType>
        {
            Name = "before",
            Description = "Return the edges before this cursor (a `startCursor` or edge `cursor` from an earlier page, forwards or backwards), still in list order.",
        },
    ];

    /// <summary>Just <c>first</c> and <c>after</c>.</summary>
    public static QueryArgument[] Forward(GraphQLOptions options) =>
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
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = ReadCursor(context, "after");
        var before = ReadCursor(context, "before");
        var backward = last is not null || before is not null;
        if (backward && (first is not null || after is not null))
        {
            throw new GovGraphError(
                ErrorCodes.InvalidArgument,
                "Page forwards with `first`/`after` or backwards with `last`/`before`, not both in one call.",
                last is not null ? "last" : "before");
        }

        var name = backward ? "last" : "first";
        var size = (backward ? last : first) ?? options.DefaultPageSize;
        if (size < 0)
        {
            throw new GovGraphError(ErrorCodes.InvalidArgument, $"`{name}` must not be negative.", name);
        }

        if (size > options.MaxPageSize)
        {
            throw new GovGraphError(
                ErrorCodes.PageSizeTooLarge,
                $"`{name}` may not exceed {options.MaxPageSize}; page with `{(backward ? "before" : "after")}` instead.",
                name);
        }

        return new PageArguments(size, after, backward, before);
    }

    /// <summary>This page of <paramref name="query"/>'s list.</summary>
    public NodeQuery Of(NodeQuery query) => query with { First = Size, After = After, Backward = Backward, Before = Before };

    /// <summary>This page of each list of <paramref name="query"/>.</summary>
    public NeighbourQuery Of(NeighbourQuery query) => query with { First = Size, After = After, Backward = Backward, Before = Before };

    private static string? ReadCursor(IResolveFieldContext context, string name)
    {
        var cursor = context.HasArgument(name) ? context.GetArgument<string?>(name) : null;
        if (cursor is { Length: > 512 })
        {
            throw new GovGraphError(ErrorCodes.InvalidCursor, $"`{name}` is not a cursor this API issued.", name);
        }

        return cursor;
    }
}
