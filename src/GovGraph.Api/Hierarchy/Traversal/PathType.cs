using GovGraph.Api.Graph;
using GovGraph.Storage.Traversal;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy.Traversal;

/// <summary>A shortest path between two nodes.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A shortest path between two nodes, ignoring relationship direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("How many relationships the path crosses.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes along the path, from `from` to `to`.")
            .Resolve(c => NodeFields.Loaders(c).NodesInOrder(c.Source.NodeIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .Description("The relationships along the path, in order; each keeps its own direction (`startId` → `endId`).")
            .Resolve(c => c.Source.Relationships);
    }
}
