using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Scoping;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>
/// The analytics figures through HybridCache: each keyed by the query and its arguments and tagged
/// <c>under:&lt;id&gt;</c> for the subtree it is about (<see cref="Everything"/> for figures over the whole graph),
/// so a committed change drops exactly the figures it can move. Computations read the store the request uses;
/// when that is a caller's scoped view, the scope is part of the key (and the tag), so callers with different
/// scopes never share a figure. Coverage of a unit is the same for every caller who can see the unit (its
/// subtree lies inside their scope), so it is shared.
/// </summary>
public sealed class AnalyticsCache(HybridCache cache, IOptions<AnalyticsCacheOptions> options)
{
    /// <summary>The tag of figures over the whole graph; every change drops them.</summary>
    public const string Everything = "everything";

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromSeconds(options.Value.ExpirySeconds),
        LocalCacheExpiration = TimeSpan.FromSeconds(options.Value.ExpirySeconds),
    };

    // Counts invalidations, so a figure computed while a change was being invalidated is served but not kept.
    private long _generation;

    /// <summary>The tag of figures about the subtree under <paramref name="id"/>.</summary>
    public static string Under(string id) => "under:" + id;

    /// <summary>A headline count over the whole graph.</summary>
    public Task<long> CountAsync(IGraphStore store, string figure, NodeCriteria criteria, CancellationToken ct) =>
        GetOrComputeAsync("stats:count:" + figure + ScopeKey(store), TagOf(ScopeOf(store)), t => store.CountNodesAsync(criteria, t), ct);

    /// <summary>A headline sum of a property over the whole graph.</summary>
    public Task<double> SumAsync(IGraphStore store, string figure, NodeCriteria criteria, string property, CancellationToken ct) =>
        GetOrComputeAsync("stats:sum:" + figure + ScopeKey(store), TagOf(ScopeOf(store)), t => store.SumAsync(criteria, property, t), ct);

    /// <summary>A unit's coverage and, when asked, its children's.</summary>
    public async Task<CoverageResult> CoverageAsync(IGraphStore store, GraphNode unit, bool withChildren, CancellationToken ct)
    {
        CoverageResult? fresh = null;
        var cached = await GetOrComputeAsync(
            (withChildren ? "coverage:children:" : "coverage:") + unit.Id,
            Under(unit.Id),
            async t =>
            {
                fresh = await CoverageType.ForUnitAsync(store, unit, withChildren, t);
                return CachedCoverage.From(fresh);
            },
            ct);
        if (fresh is not null)
        {
            return fresh;
        }

        if (cached.Children is null)
        {
            return new CoverageResult(unit, cached.Unit);
        }

        var nodes = await NodesByIdAsync(store, cached.Children.Select(c => c.UnitId).ToList(), ct);
        var children = cached.Children
            .Where(c => nodes.ContainsKey(c.UnitId))
            .Select(c => new CoverageResult(nodes[c.UnitId], c))
            .ToList();
        return new CoverageResult(unit, cached.Unit, children);
    }

    /// <summary>
    /// The cases raised under a unit in a window [from, to) (and, with children, which child each is under), for the
    /// service figures. Shared by every caller who sees the unit, as coverage is: its subtree lies inside their scope.
    /// </summary>
    public Task<CachedServiceCases> ServiceCasesAsync(
        string unitId, DateTimeOffset from, DateTimeOffset to, bool withChildren, Func<CancellationToken, Task<CachedServiceCases>> read, CancellationToken ct) =>
        GetOrComputeAsync($"service:{(withChildren ? "children:" : "")}{unitId}:{from.UtcTicks}:{to.UtcTicks}", Under(unitId), read, ct);

    /// <summary>
    /// A page of an analytics list (<paramref name="list"/> names the list and any arguments that shape it beside
    /// the subtree and the page).
    /// </summary>
    public async Task<NodePage> PageAsync(IGraphStore store, string list, string? under, NodeQuery query, CancellationToken ct)
    {
        NodePage? fresh = null;
        var cached = await GetOrComputeAsync(
            $"page:{list}:{under}:{PageKey(query)}{ScopeKey(store)}",
            TagOf(under ?? ScopeOf(store)),
            async t =>
            {
                fresh = await store.FindNodesAsync(query, t);
                return new CachedPage(
                    fresh.Items.Select(i => new CachedPageItem(i.Node.Id, i.Cursor, i.Depth)).ToList(),
                    fresh.TotalCount,
                    fresh.HasNextPage,
                    fresh.HasPreviousPage);
            },
            ct);
        if (fresh is not null)
        {
            return fresh;
        }

        var nodes = await NodesByIdAsync(store, cached.Items.Select(i => i.Id).ToList(), ct);
        return new NodePage(
            cached.Items.Where(i => nodes.ContainsKey(i.Id)).Select(i => new PagedNode(nodes[i.Id], i.Cursor, i.Depth)).ToList(),
            cached.TotalCount,
            cached.HasNextPage,
            cached.HasPreviousPage);
    }

    /// <summary>Drops the figures of every subtree in <paramref name="scope"/> and every whole-graph figure.</summary>
    public async ValueTask InvalidateAsync(IEnumerable<string> scope, CancellationToken ct)
    {
        Interlocked.Increment(ref _generation);
        var tags = scope.Distinct(StringComparer.Ordinal).Select(Under).Append(Everything).ToList();
        await cache.RemoveByTagAsync(tags, ct);
    }

    private static string PageKey(NodeQuery query) =>
        query.Backward ? $"last:{query.First}:{query.Before}" : $"{query.First}:{query.After}";

    private static string? ScopeOf(IGraphStore store) => (store as ScopedGraphStore)?.Scope;

    private static string ScopeKey(IGraphStore store) => ScopeOf(store) is { } scope ? "@" + scope : "";

    private static string TagOf(string? subtree) => subtree is null ? Everything : Under(subtree);

    private async Task<T> GetOrComputeAsync<T>(string key, string tag, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        try
        {
            return await cache.GetOrCreateAsync(
                key,
                async t =>
                {
                    var generation = Interlocked.Read(ref _generation);
                    var value = await compute(t);
                    // NOTE: HybridCache would store a value that an invalidation overtook (it re-stamps the entry as
                    // new), so one computed across an invalidation leaves through an exception instead.
                    return Interlocked.Read(ref _generation) == generation ? value : throw new ComputedDuringChange<T>(value);
                },
                _entry,
                [tag],
                ct);
        }
        catch (ComputedDuringChange<T> overtaken)
        {
            return overtaken.Value;
        }
    }

    private static async Task<Dictionary<string, GraphNode>> NodesByIdAsync(IGraphStore store, IReadOnlyList<string> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);

    /// <summary>Carries a figure computed while a change was invalidated past HybridCache, so it is not stored.</summary>
    private sealed class ComputedDuringChange<T>(T value) : Exception("A figure was computed while a change was invalidated.")
    {
        public T Value { get; } = value;
    }
}
