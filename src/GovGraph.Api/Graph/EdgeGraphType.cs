using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>A Relay edge to a <typeparamref name="TNodeType"/> (<c>VillageEdge</c>).</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = nodeName + "Edge";
        Description = $"An edge to a node of type `{nodeName}` in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor for this edge: pass it as `after` to continue after it.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description($"The `{nodeName}` at the end of this edge.")
            .Resolve(c => c.Source.Node);
        Field<RelationshipGraphType>("relationship")
            .Description("The graph relationship this edge follows, with its properties; null on lists that follow no relationship (search).")
            .Resolve(c => c.Source.Relationship);
    }
}
