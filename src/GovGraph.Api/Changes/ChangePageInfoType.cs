using GovGraph.Api.Changes.Feed;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>Relay page info of a <c>ChangeConnection</c>.</summary>
public sealed class ChangePageInfoType : ObjectGraphType<ChangeConnection>
{
    public ChangePageInfoType()
    {
        Name = "ChangePageInfo";
        Description = "Where this page sits in the change log.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when more matching events follow this page (now; new commits may add more later).")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when this page was asked for `after` a cursor.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first event of this page, null when the page is empty.")
            .Resolve(c => c.Source.Events.Count > 0 ? ChangeCursor.Format(c.Source.Events[0].Cursor) : null);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last event of this page: pass it as `after` for the next page (or to subscribe from there). Null when the page is empty.")
            .Resolve(c => c.Source.Events.Count > 0 ? ChangeCursor.Format(c.Source.Events[^1].Cursor) : null);
    }
}
