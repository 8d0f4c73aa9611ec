using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;

namespace GovGraph.Bench;

/// <summary>The floor's store: forwards every call and times it in <see cref="Timer"/>, named by call and relationship.</summary>
internal sealed class TimedGraphStore(IGraphStore inner) : IGraphStore
{
    public StepTimer Timer { get; set; } = new();

    public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);

    public Task<bool> PingAsync(CancellationToken ct) => inner.PingAsync(ct);

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Timer.Time("GetNodes", () => inner.GetNodesAsync(ids, ct));

    public Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct) =>
        Timer.Time($"GetNeighbours({query.RelationshipType} {(query.Direction == Direction.Out ? "out" : "in")})", () => inner.GetNeighboursAsync(query, ct));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct) =>
        Timer.Time(query.IncludeTotal ? "FindNodes+total" : "FindNodes", () => inner.FindNodesAsync(query, ct));

    public Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct) =>
        Timer.Time("CountNodes", () => inner.CountNodesAsync(criteria, ct));

    public Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct) =>
        Timer.Time("Sum", () => inner.SumAsync(criteria, property, ct));

    public Task WriteAsync(GraphWriteBatch batch, CancellationToken ct) => inner.WriteAsync(batch, ct);

    public Task<bool> IsEmptyAsync(CancellationToken ct) => inner.IsEmptyAsync(ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Timer.Time("GetAncestors", () => inner.GetAncestorsAsync(ids, ct));

    public Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct) =>
        Timer.Time("GetAdjacent", () => inner.GetAdjacentAsync(ids, types, asOf, ct));

    public Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct) =>
        Timer.Time(unitIds.Count == 1 ? "GetCoverage(unit)" : "GetCoverage(unit and children)", () => inner.GetCoverageAsync(unitIds, ct));

    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken ct) => inner.ReadAllNodesAsync(ct);

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken ct) => inner.ReadAllRelationshipsAsync(ct);

    public Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        Timer.Time("ExecuteWrite", () => inner.ExecuteWriteAsync(context, work, ct));

    public Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct) =>
        Timer.Time("ReadChanges", () => inner.ReadChangesAsync(query, ct));

    public Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct) => inner.GetChangeLogInfoAsync(ct);

    public Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct) => inner.PruneChangesAsync(olderThan, ct);
}
