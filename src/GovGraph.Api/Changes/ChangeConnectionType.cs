using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>A page of the change log.</summary>
public sealed class ChangeConnectionType : ObjectGraphType<ChangeConnection>
{
    public ChangeConnectionType()
    {
        Name = "ChangeConnection";
        Description = "A page of change events in cursor (commit) order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEdgeType>>>>("edges")
            .Description("The events of this page, each with its cursor.")
            .Resolve(c => c.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEventType>>>>("nodes")
            .Description("The events of this page (a shortcut for `edges { node }`; each event carries its own cursor).")
            .Resolve(c => c.Source.Events);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Paging information: whether more events follow and the cursor to ask for them.")
            .Resolve(c => PageInfo.Of(c.Source));
    }
}
