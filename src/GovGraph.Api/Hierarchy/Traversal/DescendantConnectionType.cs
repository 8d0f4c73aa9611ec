using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy.Traversal;

/// <summary>A page of the units below an org unit, each edge with how many levels below it sits.</summary>
public sealed class DescendantConnectionType : ObjectGraphType<Connection>
{
    public DescendantConnectionType()
    {
        Name = "DescendantConnection";
        Description = "A page of the org units below a unit (over OVERSEES), top level first, with the total within the depth limit.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DescendantEdgeType>>>>("edges")
            .Description("The edges of this page, each with its cursor and depth.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitInterface>>>>("nodes")
            .Description("The units of this page, without cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Paging information: whether more pages follow and the cursors to ask for them.")
            .Resolve(c => PageInfo.Of(c.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many units lie below within `maxDepth` (and the `labels`), across all pages.")
            .Resolve(c => checked((int)c.Source.TotalCount));
    }
}

public sealed class DescendantEdgeType : ObjectGraphType<Edge>
{
    public DescendantEdgeType()
    {
        Name = "DescendantEdge";
        Description = "An edge to an org unit below the start unit.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor for this edge: pass it as `after` to continue after it.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<OrgUnitInterface>>("node").Description("The unit.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("How many levels below the start unit (1 for its children).").Resolve(c => c.Source.Depth ?? 0);
    }
}
