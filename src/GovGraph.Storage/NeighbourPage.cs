using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>One node's page of neighbours: the relationship followed and the node at its other end.</summary>
public sealed record NeighbourPage(IReadOnlyList<Neighbour> Items, long TotalCount, bool HasNextPage, bool HasPreviousPage = false)
{
    public static readonly NeighbourPage Empty = new([], 0, false);

    /// <summary>
    /// A page from rows read nearest the cursor first (in list order forwards, back to front backwards):
    /// <paramref name="further"/> says a row beyond the page came in the direction read, and
    /// <paramref name="fromCursor"/> that the page starts (or, backwards, ends) at a cursor, so the list goes on there.
    /// </summary>
    public static NeighbourPage Read(List<Neighbour> rows, long total, bool backward, bool further, bool fromCursor)
    {
        if (backward)
        {
            rows.Reverse();
        }

        return new NeighbourPage(rows, total, backward ? fromCursor : further, backward ? further : fromCursor);
    }
}

/// <summary>A neighbour with the relationship that reached it and an opaque cursor for paging after (or before) it.</summary>
public sealed record Neighbour(GraphRelationship Relationship, GraphNode Node, string Cursor);
