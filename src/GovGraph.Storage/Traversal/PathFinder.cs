using GovGraph.Domain.Model;

namespace GovGraph.Storage.Traversal;

/// <summary>
/// Shortest paths ignoring direction, by bidirectional breadth-first search over the port's adjacency: each step
/// expands the smaller frontier by one level with one store call, so a path of length L costs about L calls and
/// touches the neighbourhoods of both ends rather than the whole graph.
/// </summary>
public static class PathFinder
{
    /// <summary>Most nodes one search may visit before it gives up (a guard against hub-heavy searches).</summary>
    public const int MaxVisited = 250_000;

    public static async Task<GraphPath?> ShortestPathAsync(
        IGraphStore store,
        string from,
        string to,
        int maxLength,
        IReadOnlyCollection<string>? types,
        DateOnly? asOf,
        CancellationToken ct)
    {
        var ends = await store.GetNodesAsync([from, to], ct);
        if (ends.All(n => n.Id != from) || ends.All(n => n.Id != to))
        {
            return null;
        }

        if (from == to)
        {
            return new GraphPath([from], []);
        }

        var forward = new Side(from);
        var backward = new Side(to);
        while (forward.Depth + backward.Depth < maxLength && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (near, far) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var meeting = await ExpandAsync(store, near, far, types, asOf, ct);
            if (meeting is not null)
            {
                return Join(forward, backward, meeting);
            }

            if (forward.Reached.Count + backward.Reached.Count > MaxVisited)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Expands one whole level; returns the meeting node with the shortest total path, if any.</summary>
    private static async Task<string?> ExpandAsync(
        IGraphStore store, Side near, Side far, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct)
    {
        var frontier = near.Frontier;
        var adjacent = await store.GetAdjacentAsync(frontier, types, asOf, ct);
        var next = new List<string>();
        foreach (var rel in adjacent.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            foreach (var (here, there) in new[] { (rel.StartId, rel.EndId), (rel.EndId, rel.StartId) })
            {
                if (near.Reached.TryGetValue(here, out var at) && at.Depth == near.Depth && !near.Reached.ContainsKey(there))
                {
                    near.Reached[there] = new Step(here, rel, near.Depth + 1);
                    next.Add(there);
                }
            }
        }

        near.Frontier = next;
        near.Depth++;

        // Every meeting found at this level has the same near-side depth; take the one closest to the far end.
        return next.Where(far.Reached.ContainsKey)
            .OrderBy(id => far.Reached[id].Depth)
            .ThenBy(id => id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static GraphPath Join(Side forward, Side backward, string meeting)
    {
        var nodes = new List<string>();
        var rels = new List<GraphRelationship>();
        for (var id = meeting; forward.Reached[id].Previous is { } previous; id = previous)
        {
            nodes.Add(id);
            rels.Add(forward.Reached[id].Via!);
        }

        nodes.Add(forward.Origin);
        nodes.Reverse();
        rels.Reverse();
        for (var id = meeting; backward.Reached[id].Previous is { } previous; id = previous)
        {
            nodes.Add(previous);
            rels.Add(backward.Reached[id].Via!);
        }

        return new GraphPath(nodes, rels);
    }

    private sealed record Step(string? Previous, GraphRelationship? Via, int Depth);

    private sealed class Side
    {
        public Side(string origin)
        {
            Origin = origin;
            Reached[origin] = new Step(null, null, 0);
            Frontier = [origin];
        }

        public string Origin { get; }

        public Dictionary<string, Step> Reached { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; set; }

        public int Depth { get; set; }
    }
}
