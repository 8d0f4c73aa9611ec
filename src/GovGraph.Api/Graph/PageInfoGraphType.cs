using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<Connection>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when more edges follow this page.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when this page was asked for `after` a cursor.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first edge of this page, null when the page is empty.")
            .Resolve(c => c.Source.Edges.Count > 0 ? c.Source.Edges[0].Cursor : null);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last edge of this page: pass it as `after` for the next page.")
            .Resolve(c => c.Source.Edges.Count > 0 ? c.Source.Edges[^1].Cursor : null);
    }
}
