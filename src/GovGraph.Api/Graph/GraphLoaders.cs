using GovGraph.Api.Diagnostics;
using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GovGraph.Storage.Scoping;
using GraphQL.DataLoader;

namespace GovGraph.Api.Graph;

/// <summary>
/// The request's batch loaders (a scoped service): every resolver that needs stored data asks here, so a
/// query costs one store call per nesting level, and every store call is counted for the request. The store
/// behind them is the caller's view: scoped to the caller's subtree, so no resolver can read past it.
/// </summary>
public sealed class GraphLoaders(IGraphStore store, RequestMetrics metrics, CallerContext caller)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Type, Direction Direction, string Page, string List), BatchLoader<string, NeighbourPage>> _neighbours = [];
    private BatchLoader<string, GraphNode?>? _nodes;
    private BatchLoader<string, IReadOnlyList<string>>? _ancestors;

    private IGraphStore? _store;

    /// <summary>Who is asking (established by the transport before anything resolves).</summary>
    public Caller Caller => caller.Current;

    /// <summary>
    /// The caller's view of the store, counted: everything outside the caller's scope is absent from it. For root
    /// fields that are one call by nature (find, count) and for writes.
    /// </summary>
    public IGraphStore Store => LazyInitializer.EnsureInitialized(ref _store, () =>
    {
        var counted = new CountingGraphStore(store, metrics);
        return Caller.Scope is { } scope ? new ScopedGraphStore(counted, scope) : counted;
    });

    /// <summary>The city (the root), or null for a caller who cannot see it: one find, through the caller's view.</summary>
    public async Task<GraphNode?> CityAsync(CancellationToken ct) =>
        (await Store.FindNodesAsync(new NodeQuery(NodeCriteria.OfLabel(Labels.City), 1, IncludeTotal: false), ct)).Items.FirstOrDefault()?.Node;

    /// <summary>
    /// The node an analytics question is about: <paramref name="under"/> when given, else the caller's scope unit,
    /// else the city; null when the caller cannot see it. One store call.
    /// </summary>
    public async Task<GraphNode?> UnderOrScopeAsync(string? under, CancellationToken ct) =>
        (under ?? Caller.Scope) is { } id ? (await Store.GetNodesAsync([id], ct)).FirstOrDefault() : await CityAsync(ct);

    public IDataLoaderResult<GraphNode?> Node(string id)
    {
        lock (_gate)
        {
            _nodes ??= new BatchLoader<string, GraphNode?>(
                async (ids, ct) => (await Store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, n => (GraphNode?)n),
                null);
        }

        return _nodes.Load(id);
    }

    public IDataLoaderResult<NeighbourPage> Neighbours(
        string id, string type, Direction direction, PageArguments page, ListArguments? list = null)
    {
        list ??= ListArguments.None;
        BatchLoader<string, NeighbourPage> loader;
        lock (_gate)
        {
            var key = (type, direction, page.Key, list.Key);
            if (!_neighbours.TryGetValue(key, out loader!))
            {
                loader = new BatchLoader<string, NeighbourPage>(
                    (ids, ct) => Store.GetNeighboursAsync(
                        page.Of(new NeighbourQuery(ids, type, direction, page.Size) { AsOf = list.AsOf, Target = list.Where, Order = list.Order }),
                        ct),
                    NeighbourPage.Empty);
                _neighbours[key] = loader;
            }
        }

        return loader.Load(id);
    }

    /// <summary>The first neighbour over a relationship (the model makes these at most one: a household's group).</summary>
    public IDataLoaderResult<GraphNode?> FirstNeighbour(string id, string type, Direction direction, ListArguments? list = null) =>
        Neighbours(id, type, direction, PageArguments.One, list).Select(p => p.Items.Count > 0 ? p.Items[0].Node : null);

    /// <summary>Each node's ancestors by placement, nearest first, up to the city (one store call per level of the query).</summary>
    public IDataLoaderResult<IReadOnlyList<string>> AncestorIds(string id)
    {
        lock (_gate)
        {
            _ancestors ??= new BatchLoader<string, IReadOnlyList<string>>(
                async (ids, ct) => await Store.GetAncestorsAsync(ids, ct),
                []);
        }

        return _ancestors.Load(id);
    }

    /// <summary>Several nodes in the given order, missing ones left out, all joining the same batch.</summary>
    public IDataLoaderResult<IReadOnlyList<GraphNode>> NodesInOrder(IEnumerable<string> ids) =>
        new AllOf(ids.Select(Node).ToList());

    private sealed class AllOf(IReadOnlyList<IDataLoaderResult<GraphNode?>> parts) : IDataLoaderResult<IReadOnlyList<GraphNode>>
    {
        public async Task<IReadOnlyList<GraphNode>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var nodes = new List<GraphNode>(parts.Count);
            foreach (var part in parts)
            {
                if (await part.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } node)
                {
                    nodes.Add(node);
                }
            }

            return nodes;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
