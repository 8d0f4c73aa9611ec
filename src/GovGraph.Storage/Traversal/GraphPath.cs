using GovGraph.Domain.Model;

namespace GovGraph.Storage.Traversal;

/// <summary>A path through the graph: its nodes in order and the relationships between them (each in its own direction).</summary>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<GraphRelationship> Relationships)
{
    public int Length => Relationships.Count;
}
