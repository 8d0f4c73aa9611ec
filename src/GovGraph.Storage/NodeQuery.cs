namespace GovGraph.Storage;

/// <summary>
/// A page of nodes matching <see cref="Criteria"/>, after an opaque cursor from an earlier page, sorted by
/// <see cref="Order"/> (null: insertion order).
/// </summary>
public sealed record NodeQuery(NodeCriteria Criteria, int First, string? After = null, bool IncludeTotal = true)
{
    public NodeOrder? Order { get; init; }
}

/// <summary>A page of nodes; <see cref="TotalCount"/> is -1 when it was not asked for.</summary>
public sealed record NodePage(IReadOnlyList<PagedNode> Items, long TotalCount, bool HasNextPage);

/// <summary>
/// A node with an opaque cursor for paging after it. <see cref="Depth"/> is how many levels below the criteria's
/// <c>Under</c> node it sits (0 for that node itself), or null when the criteria has no <c>Under</c>.
/// </summary>
public sealed record PagedNode(GovGraph.Domain.Model.GraphNode Node, string Cursor, int? Depth = null);
