using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>One node's page of neighbours: the relationship followed and the node at its other end.</summary>
public sealed record NeighbourPage(IReadOnlyList<Neighbour> Items, long TotalCount, bool HasNextPage)
{
    public static readonly NeighbourPage Empty = new([], 0, false);
}

/// <summary>A neighbour with the relationship that reached it and an opaque cursor for paging after it.</summary>
public sealed record Neighbour(GraphRelationship Relationship, GraphNode Node, string Cursor);
