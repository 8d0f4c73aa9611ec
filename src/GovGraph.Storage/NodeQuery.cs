namespace GovGraph.Storage;

/// <summary>A page of nodes matching <see cref="Criteria"/>, after an opaque cursor from an earlier page.</summary>
public sealed record NodeQuery(NodeCriteria Criteria, int First, string? After = null, bool IncludeTotal = true);

/// <summary>A page of nodes; <see cref="TotalCount"/> is -1 when it was not asked for.</summary>
public sealed record NodePage(IReadOnlyList<PagedNode> Items, long TotalCount, bool HasNextPage);

/// <summary>A node with an opaque cursor for paging after it.</summary>
public sealed record PagedNode(GovGraph.Domain.Model.GraphNode Node, string Cursor);
