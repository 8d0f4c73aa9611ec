namespace GovGraph.Storage;

/// <summary>Reading every node that matches a criteria, a page per store call.</summary>
public static class NodePages
{
    /// <summary>
    /// Every node matching <paramref name="criteria"/>, in insertion order, read <paramref name="pageSize"/> at a time
    /// (one <c>FindNodes</c> each, without the total). Insertion-order pages seek by sequence number, so the read is
    /// exact while nothing is written in between.
    /// </summary>
    public static async Task<List<Domain.Model.GraphNode>> ReadAllAsync(
        this IGraphStore store, NodeCriteria criteria, int pageSize, CancellationToken ct)
    {
        var nodes = new List<Domain.Model.GraphNode>();
        string? after = null;
        while (true)
        {
            var page = await store.FindNodesAsync(new NodeQuery(criteria, pageSize, after, IncludeTotal: false), ct);
            nodes.AddRange(page.Items.Select(i => i.Node));
            if (!page.HasNextPage || page.Items.Count == 0)
            {
                return nodes;
            }

            after = page.Items[^1].Cursor;
        }
    }
}
