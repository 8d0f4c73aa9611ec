using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Domain.Changes;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>The <c>after</c>, <c>under</c> and <c>types</c> arguments of the change query and subscription, checked in one place.</summary>
public sealed record ChangeArguments(long? After, ChangeFilter Filter)
{
    public static QueryArgument[] Definitions(string afterDescription) =>
    [
        new QueryArgument<StringGraphType> { Name = "after", Description = afterDescription },
        new QueryArgument<IdGraphType>
        {
            Name = "under",
            Description = "Only events under this node: about it or anything placed below it (a household's events are under its party group, village, township and the city), and relationship events touching that subtree at either end.",
        },
        new QueryArgument<ListGraphType<NonNullGraphType<ChangeTypeEnum>>>
        {
            Name = "types",
            Description = "Only events of these types; all types when omitted or empty.",
        },
    ];

    public static ChangeArguments From(IResolveFieldContext context)
    {
        var after = context.GetArgument<string?>("after") is { } text ? ChangeCursor.Parse(text) : (long?)null;
        var under = NodeArguments.OptionalId(context, "under");
        var types = context.GetArgument<List<ChangeType>?>("types");
        return new ChangeArguments(after, new ChangeFilter(under, types is { Count: > 0 } ? types.Distinct().ToList() : null));
    }

    /// <summary>A store refusal of the <c>after</c> (or <c>before</c>) cursor (expired, never issued) as the caller's error on that argument.</summary>
    public static GovGraphError CursorError(StoreException refusal, string field = "after") => new(refusal.Code, refusal.Code == StoreException.CursorExpired
        ? $"`{field}` is older than the change log keeps (retention); start again without `{field}` or from a newer cursor."
        : $"`{field}` is not a change cursor this API issued.", field);
}
