using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;

namespace GovGraph.Api.Diagnostics;

/// <summary>Counts each call a request makes to the store, for the trace extension and the request log.</summary>
public sealed class CountingGraphStore(IGraphStore inner, RequestMetrics metrics) : IGraphStore
{
    public Task InitializeAsync(CancellationToken ct) => Count(inner.InitializeAsync(ct));

    public Task<bool> PingAsync(CancellationToken ct) => Count(inner.PingAsync(ct));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Count(inner.GetNodesAsync(ids, ct));

    public Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct) =>
        Count(inner.GetNeighboursAsync(query, ct));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct) => Count(inner.FindNodesAsync(query, ct));

    public Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct) => Count(inner.CountNodesAsync(criteria, ct));

    public Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct) =>
        Count(inner.SumAsync(criteria, property, ct));

    public Task WriteAsync(GraphWriteBatch batch, CancellationToken ct) => Count(inner.WriteAsync(batch, ct));

    public Task<bool> IsEmptyAsync(CancellationToken ct) => Count(inner.IsEmptyAsync(ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Count(inner.GetAncestorsAsync(ids, ct));

    public Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct) =>
        Count(inner.GetAdjacentAsync(ids, types, asOf, ct));

    public Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct) =>
        Count(inner.GetCoverageAsync(unitIds, ct));

    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken ct) => Count(inner.ReadAllNodesAsync(ct));

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken ct) =>
        Count(inner.ReadAllRelationshipsAsync(ct));

    public Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        Count(inner.ExecuteWriteAsync(context, work, ct));

    public Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct) => Count(inner.ReadChangesAsync(query, ct));

    public Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct) => Count(inner.GetChangeLogInfoAsync(ct));

    public Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct) => Count(inner.PruneChangesAsync(olderThan, ct));

    private T Count<T>(T call)
    {
        metrics.CountStoreCall();
        return call;
    }
}
