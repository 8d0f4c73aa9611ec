using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when more edges follow this page (on the change log: now; new commits may add more later). Paging backwards: true when the page ends `before` a cursor.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when more edges come before this page. Paging forwards: true when the page starts `after` a cursor.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first edge of this page, null when the page is empty: pass it as `before` for the previous page.")
            .Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last edge of this page: pass it as `after` for the next page (on the change log, also to subscribe from there).")
            .Resolve(c => c.Source.EndCursor);
    }
}
