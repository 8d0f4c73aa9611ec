using GovGraph.Api.Changes;
using GovGraph.Api.Changes.Feed;

namespace GovGraph.Api.Graph;

/// <summary>Relay page info, the same for every connection of the schema (nodes, descendants, change events).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo Of(Connection page) => new(
        page.HasNextPage,
        page.HasPreviousPage,
        page.Edges.Count > 0 ? page.Edges[0].Cursor : null,
        page.Edges.Count > 0 ? page.Edges[^1].Cursor : null);

    public static PageInfo Of(ChangeConnection page) => new(
        page.HasNextPage,
        page.HasPreviousPage,
        page.Events.Count > 0 ? ChangeCursor.Format(page.Events[0].Cursor) : null,
        page.Events.Count > 0 ? ChangeCursor.Format(page.Events[^1].Cursor) : null);
}
