namespace GovGraph.Storage;

/// <summary>
/// A page of nodes matching <see cref="Criteria"/>, sorted by <see cref="Order"/> (null: insertion order): the
/// <see cref="First"/> nodes after an opaque cursor from an earlier page or, when <see cref="Backward"/>, the
/// <see cref="First"/> nodes just before <see cref="Before"/> (the list's end when null), still in list order.
/// </summary>
public sealed record NodeQuery(NodeCriteria Criteria, int First, string? After = null, bool IncludeTotal = true)
{
    public NodeOrder? Order { get; init; }

    /// <summary>Page backwards: the window ends before <see cref="Before"/> and <see cref="After"/> is ignored.</summary>
    public bool Backward { get; init; }

    /// <summary>With <see cref="Backward"/>: the cursor the page ends before (null: the list's end).</summary>
    public string? Before { get; init; }
}

/// <summary>
/// A page of nodes; <see cref="TotalCount"/> is -1 when it was not asked for. <see cref="HasNextPage"/> and
/// <see cref="HasPreviousPage"/> say whether the list goes on after and before the page.
/// </summary>
public sealed record NodePage(IReadOnlyList<PagedNode> Items, long TotalCount, bool HasNextPage, bool HasPreviousPage = false);

/// <summary>
/// A node with an opaque cursor for paging after (or before) it. <see cref="Depth"/> is how many levels below the
/// criteria's <c>Under</c> node it sits (0 for that node itself), or null when the criteria has no <c>Under</c>.
/// </summary>
public sealed record PagedNode(GovGraph.Domain.Model.GraphNode Node, string Cursor, int? Depth = null);
