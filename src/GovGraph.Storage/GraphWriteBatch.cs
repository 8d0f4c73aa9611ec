using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>
/// A set of changes applied in one transaction. Nodes are written before relationships, so a batch may
/// create a node and the relationships that use it. Node placement ("under X") is recomputed by the store.
/// </summary>
public sealed class GraphWriteBatch
{
    /// <summary>Remove every node and relationship first, in the same transaction (<c>import --replace</c>).</summary>
    public bool ReplaceAll { get; init; }

    public List<GraphNode> CreateNodes { get; } = [];

    public List<GraphRelationship> CreateRelationships { get; } = [];

    /// <summary>True when applying the batch changes nothing (a replace-all batch always changes the store).</summary>
    public bool IsEmpty => !ReplaceAll && CreateNodes.Count == 0 && CreateRelationships.Count == 0;
}
