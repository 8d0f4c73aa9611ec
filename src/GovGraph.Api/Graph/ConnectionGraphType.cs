using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>, named after it (<c>VillageConnection</c>).</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = nodeName + "Connection";
        Description = $"A page of `{nodeName}` nodes with cursors and the total count of the whole list.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The edges of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page, without cursors (a shortcut for `edges { node }`).")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Paging information: whether more pages follow and the cursors to ask for them.")
            .Resolve(c => PageInfo.Of(c.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole list holds, across all pages (exact, counted by the store).")
            .Resolve(c => checked((int)c.Source.TotalCount));
    }
}
