using GovGraph.Domain.Changes;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Writing;

/// <summary>
/// One serialisable write transaction of a backend: reads that see the transaction's own writes, primitive
/// writes, and the change log. Domain rules live above it (the graph editor), once for every backend;
/// a backend only stores. Any exception thrown inside the transaction's work rolls everything back.
/// </summary>
public interface IGraphWriteTransaction
{
    /// <summary>The commit time every event of this transaction carries (the store's clock).</summary>
    DateTimeOffset Now { get; }

    /// <summary>Today by the store's clock: the date <c>since</c>/<c>until</c> default to and "current" means.</summary>
    DateOnly Today { get; }

    /// <summary>The nodes with these ids (with <see cref="GraphNode.Version"/>); missing ids are absent.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// Relationships at these nodes in one direction (Out: starting there, In: ending there), of the given
    /// types (null: all). Only current ones (valid today) unless <paramref name="includeEnded"/>.
    /// </summary>
    Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<string>? types, bool includeEnded,
        CancellationToken ct);

    /// <summary>
    /// Placement ancestors of each node, nearest first, as they stand inside this transaction (placement is brought
    /// up to date with the transaction's own writes before answering). Unknown ids are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>The nodes placed directly under this one (its children by placement).</summary>
    Task<IReadOnlyList<GraphNode>> GetChildrenAsync(string id, CancellationToken ct);

    /// <summary>Inserts a node with <see cref="GraphNode.Version"/> as given. <see cref="StoreException"/> DUPLICATE_ID when taken.</summary>
    Task InsertNodeAsync(GraphNode node, CancellationToken ct);

    /// <summary>Replaces a node's properties and version (label and id stay).</summary>
    Task ReplaceNodeAsync(GraphNode node, CancellationToken ct);

    /// <summary>Deletes a node and every relationship row at it, current or ended (history of a deleted node goes with it).</summary>
    Task DeleteNodeAsync(string id, CancellationToken ct);

    /// <summary>Inserts a relationship between stored nodes; placement of its ends is re-evaluated.</summary>
    Task InsertRelationshipAsync(GraphRelationship relationship, CancellationToken ct);

    /// <summary>Replaces a relationship's properties (setting <c>until</c> ends it); placement is re-evaluated.</summary>
    Task ReplaceRelationshipAsync(GraphRelationship relationship, CancellationToken ct);

    /// <summary>Appends events to the change log; cursors, time, actor and final scope are assigned at commit.</summary>
    void Append(NewChange change);

    /// <summary>The result recorded for an idempotency key by an earlier committed write, or null.</summary>
    Task<string?> GetIdempotentResultAsync(string key, CancellationToken ct);

    /// <summary>Records the result for an idempotency key, committed with this transaction.</summary>
    Task SaveIdempotentResultAsync(string key, string result, CancellationToken ct);
}
