using GovGraph.Domain.Model;
using GovGraph.Storage.Changes;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Scoping;

/// <summary>
/// The caller's view of the store: only the nodes at or under <see cref="Scope"/> (by placement, as
/// <see cref="NodeCriteria.Under"/>) exist. A node outside behaves exactly as an absent one: not returned, not
/// counted, not matched by a filter, and a write that names it is refused as NODE_NOT_FOUND. The scope is pushed
/// into the inner store's queries (<see cref="NodeCriteria.Within"/>, <see cref="ChangeQuery.Within"/>), so a
/// scoped read costs one store call like the unscoped one. An unknown scope sees nothing.
/// </summary>
public sealed class ScopedGraphStore(IGraphStore inner, string scope) : IGraphStore
{
    /// <summary>The org unit whose subtree the caller sees (the unit itself included).</summary>
    public string Scope { get; } = scope ?? throw new ArgumentNullException(nameof(scope));

    public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);

    public Task<bool> PingAsync(CancellationToken ct) => inner.PingAsync(ct);

    public Task<bool> IsEmptyAsync(CancellationToken ct) => inner.IsEmptyAsync(ct);

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var found = (await VisibleAsync(distinct, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);

        // In the order asked for, as the unscoped store answers (batch loaders rely on it).
        return distinct.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public Task<IReadOnlyDictionary<string, NeighbourPage>> GetNeighboursAsync(NeighbourQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The target carries the scope, so pages and totals hold only visible neighbours. The ids pass as they are:
        // the API asks for neighbours only of nodes it has already read through this view.
        return inner.GetNeighboursAsync(query with { Target = Scoped(query.Target ?? new NodeCriteria()) }, ct);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return inner.FindNodesAsync(query with { Criteria = Scoped(query.Criteria) }, ct);
    }

    public Task<long> CountNodesAsync(NodeCriteria criteria, CancellationToken ct) => inner.CountNodesAsync(Scoped(criteria), ct);

    public Task<double> SumAsync(NodeCriteria criteria, string property, CancellationToken ct) =>
        inner.SumAsync(Scoped(criteria), property, ct);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetAncestorsAsync(
        IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var all = await inner.GetAncestorsAsync(ids, ct);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, ancestors) in all)
        {
            if (ScopeRule.VisibleAncestors(Scope, id, ancestors) is { } visible)
            {
                result[id] = visible;
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<GraphRelationship>> GetAdjacentAsync(
        IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? types, DateOnly? asOf, CancellationToken ct)
    {
        var relationships = await inner.GetAdjacentAsync(ids, types, asOf, ct);
        if (relationships.Count == 0)
        {
            return relationships;
        }

        // Both ends must be visible; one call settles every end at once.
        var ends = relationships.SelectMany(r => new[] { r.StartId, r.EndId }).Distinct(StringComparer.Ordinal).ToList();
        var visible = (await VisibleAsync(ends, ct)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return relationships.Where(r => visible.Contains(r.StartId) && visible.Contains(r.EndId)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, CoverageFigures>> GetCoverageAsync(IReadOnlyCollection<string> unitIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var distinct = unitIds.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return new Dictionary<string, CoverageFigures>(StringComparer.Ordinal);
        }

        // Everything a visible unit's figures count sits under it, so inside the scope too.
        var visible = (await VisibleAsync(distinct, ct)).Select(n => n.Id).ToList();
        return visible.Count == 0
            ? new Dictionary<string, CoverageFigures>(StringComparer.Ordinal)
            : await inner.GetCoverageAsync(visible, ct);
    }

    public Task<ChangePage> ReadChangesAsync(ChangeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return inner.ReadChangesAsync(query with { Within = Scope }, ct);
    }

    public Task<ChangeLogInfo> GetChangeLogInfoAsync(CancellationToken ct) => inner.GetChangeLogInfoAsync(ct);

    public Task<WriteResult<T>> ExecuteWriteAsync<T>(
        WriteContext context, Func<IGraphWriteTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        return inner.ExecuteWriteAsync(context, async (tx, token) =>
        {
            var scoped = new ScopedWriteTransaction(tx, Scope);
            var value = await work(scoped, token);

            // Still inside the transaction: a refusal here rolls back the whole write, events included.
            await scoped.RequireInsertedVisibleAsync(token);
            return value;
        }, ct);
    }

    // Whole-graph operations are never scoped: import, export and retention are operator tasks that the command line
    // runs on the unscoped store. Reaching them through a caller's view is a wiring mistake, so it fails loudly
    // rather than quietly operating on (or leaking) the whole graph.

    public Task WriteAsync(GraphWriteBatch batch, CancellationToken ct) => throw WholeGraph(nameof(WriteAsync));

    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken ct) => throw WholeGraph(nameof(ReadAllNodesAsync));

    public IAsyncEnumerable<GraphRelationship> ReadAllRelationshipsAsync(CancellationToken ct) =>
        throw WholeGraph(nameof(ReadAllRelationshipsAsync));

    public Task<long> PruneChangesAsync(DateTimeOffset olderThan, CancellationToken ct) => throw WholeGraph(nameof(PruneChangesAsync));

    /// <summary>The caller's criteria held to the scope (a scope the caller set itself is replaced: it cannot widen it).</summary>
    private NodeCriteria Scoped(NodeCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria with { Within = Scope };
    }

    /// <summary>Which of these (distinct) ids are visible nodes: one store call.</summary>
    private async Task<IReadOnlyList<GraphNode>> VisibleAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var page = await inner.FindNodesAsync(
            new NodeQuery(new NodeCriteria { Ids = ids, Within = Scope }, ids.Count, IncludeTotal: false), ct);
        return page.Items.Select(i => i.Node).ToList();
    }

    private static InvalidOperationException WholeGraph(string operation) =>
        new($"{operation} works on the whole graph and is not available through a caller's scoped view; use the unscoped store.");
}
