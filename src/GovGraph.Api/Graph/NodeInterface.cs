using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>The Relay <c>Node</c> interface: every node of the graph, fetchable by its id.</summary>
public sealed class NodeInterface : InterfaceGraphType<GraphNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Any node of the organisation graph. Its `id` is the graph's own id, stable forever, the same in Cypher and in import/export files.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's stable, globally unique id.");
        Field<NonNullGraphType<IntGraphType>>("version").Description(NodeFields.VersionDescription);
    }
}
