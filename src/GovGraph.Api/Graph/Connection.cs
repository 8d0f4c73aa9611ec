using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Graph;

/// <summary>A Relay connection page as the schema serves it.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, long TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static Connection From(NeighbourPage page) => new(
        page.Items.Select(n => new Edge(n.Cursor, n.Node, n.Relationship)).ToList(),
        page.TotalCount,
        page.HasNextPage,
        page.HasPreviousPage);

    public static Connection From(NodePage page) => new(
        page.Items.Select(n => new Edge(n.Cursor, n.Node, null, n.Depth)).ToList(),
        page.TotalCount,
        page.HasNextPage,
        page.HasPreviousPage);
}

/// <summary>
/// One edge: the node, its cursor and, on relationship lists, the relationship that reached it; on descendant
/// lists, how many levels below the start node it sits.
/// </summary>
public sealed record Edge(string Cursor, GraphNode Node, GraphRelationship? Relationship, int? Depth = null);
