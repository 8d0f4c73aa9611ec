using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>An edge of a <c>ChangeConnection</c>.</summary>
public sealed class ChangeEdgeType : ObjectGraphType<ChangeEvent>
{
    public ChangeEdgeType()
    {
        Name = "ChangeEdge";
        Description = "A change event with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("The event's cursor: pass it as `after` to continue after it.")
            .Resolve(c => ChangeCursor.Format(c.Source.Cursor));
        Field<NonNullGraphType<ChangeEventType>>("node").Description("The change event.").Resolve(c => c.Source);
    }
}
