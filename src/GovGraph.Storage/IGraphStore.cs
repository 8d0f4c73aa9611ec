using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage;

/// <summary>
/// The storage port: every backend (embedded SQLite, Neo4j) implements it and passes one contract suite.
/// Reads take many ids per call so the API can batch a whole nesting level into one call.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema. Idempotent; called once at start.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>True when the store answers (readiness probe).</summary>
    Task<bool> PingAsync(CancellationToken ct);

    /// <summary>The nodes with these ids; ids that do not exist are simply absent from the result.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// For each of many nodes, a page of its neighbours over one relationship type and direction,
    /// with the total count per node. Every requested id has an entry (empty when it has no neighbours).
    /// </summary>
    Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct);

    /// <summary>A page of the nodes matching the criteria, in a stable order, optionally with the total.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct);

    /// <summary>How many nodes match the criteria.</summary>
    Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct);

    /// <summary>The sum of a numeric property over the nodes matching the criteria (0 when none).</summary>
    Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct);

    /// <summary>Applies every change of the batch in one transaction: all of it, or nothing.</summary>
    Task WriteAsync(GraphWriteBatch batch, CancellationToken ct);

    /// <summary>True when the store holds no node at all (so start-up seeding may run).</summary>
    Task<bool> IsEmptyAsync(CancellationToken ct);

    /// <summary>
    /// For each of many nodes, its ancestors by placement, nearest first and ending at the root (the city):
    /// a household's party group, village, township, city. Unknown ids are absent; a root has an empty list.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// Every relationship that starts or ends at one of these nodes, of the given types (null: all types), valid at
    /// <paramref name="asOf"/> (null: current). The building block of path search.
    /// </summary>
    Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct);

    /// <summary>Coverage figures of each of these org units over everything under it (one entry per known id).</summary>
    Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct);

    /// <summary>Every node, in a stable order (for export).</summary>
    IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken ct);

    /// <summary>Every relationship, in a stable order (for export).</summary>
    IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one serialisable write transaction and commits it with the change-log events
    /// it appended (cursors assigned in commit order, stamped with the context's actor and the commit time). Any
    /// exception from the work rolls everything back and is rethrown: nothing is kept, no cursor is used up.
    /// </summary>
    Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct);

    /// <summary>
    /// A page of the change log after a cursor. <see cref="StoreException"/> CURSOR_EXPIRED when the cursor is
    /// older than retention kept (below <see cref="ChangeLogInfo.PrunedThrough"/>); INVALID_CURSOR when it is
    /// beyond <see cref="ChangeLogInfo.Latest"/> (no store issued it).
    /// </summary>
    Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct);

    /// <summary>The change log's newest cursor and how far retention has pruned it.</summary>
    Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct);

    /// <summary>Removes events (and idempotency records) older than <paramref name="olderThan"/>; returns how many events went.</summary>
    Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct);
}
