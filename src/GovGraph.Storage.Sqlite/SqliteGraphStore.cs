using GovGraph.Domain.Model;

namespace GovGraph.Storage.Sqlite;

/// <summary>The embedded default store (placeholder until the implementation lands).</summary>
public sealed class SqliteGraphStore(SqliteStoreOptions options) : IGraphStore
{
    public SqliteStoreOptions Options { get; } = options;

    public Task InitializeAsync(CancellationToken ct) => throw new NotImplementedException();

    public Task<bool> PingAsync(CancellationToken ct) => throw new NotImplementedException();

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => throw new NotImplementedException();

    public Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct) => throw new NotImplementedException();

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct) => throw new NotImplementedException();

    public Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct) => throw new NotImplementedException();

    public Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct) => throw new NotImplementedException();

    public Task WriteAsync(GraphWriteBatch batch, CancellationToken ct) => throw new NotImplementedException();

    public Task<bool> IsEmptyAsync(CancellationToken ct) => throw new NotImplementedException();
}
