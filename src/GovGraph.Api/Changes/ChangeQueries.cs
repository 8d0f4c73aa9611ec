using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Graph;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>The <c>changes</c> query: pages through the change log.</summary>
public static class ChangeQueries
{
    public static void AddTo(ObjectGraphType query, GraphQLOptions options)
    {
        var arguments = ChangeArguments.Definitions(
            "Return the events after this cursor (an event's `cursor` or a page's `endCursor`); from the oldest kept event when omitted.");
        query.Field<NonNullGraphType<ChangeConnectionType>>("changes")
            .Description("The change log: every committed change in commit order, optionally under a node and of some types. Retention limits how far back it goes (`CURSOR_EXPIRED`).")
            .Arguments(arguments)
            .Arguments(PageArguments.Definitions(options).Where(a => a.Name != "after").ToArray())
            .ResolveAsync(async c =>
            {
                var changes = ChangeArguments.From(c);
                var page = PageArguments.From(c, options);
                var before = page.Before is { } text ? ChangeCursor.Parse(text, "before") : 0;
                if (page.Backward && page.Before is not null && before == 0)
                {
                    // The position before every event: nothing lies before it.
                    return new ChangeConnection([], HasNextPage: true, HasPreviousPage: false);
                }

                var query = new ChangeQuery(changes.After ?? 0, page.Size)
                {
                    Backward = page.Backward,
                    Before = before,
                    Under = changes.Filter.Under,
                    Types = changes.Filter.Types,
                };
                try
                {
                    var result = await NodeFields.Loaders(c).Store.ReadChangesAsync(query, c.CancellationToken);
                    return new ChangeConnection(result.Events, result.HasNext, result.HasPrevious || changes.After is not null);
                }
                catch (StoreException refusal) when (refusal.Code is StoreException.CursorExpired or StoreException.InvalidCursor)
                {
                    throw ChangeArguments.CursorError(refusal, page.Backward ? "before" : "after");
                }
            });
    }
}
