using GovGraph.Api.Diagnostics;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL.DataLoader;

namespace GovGraph.Api.Graph;

/// <summary>
/// The request's batch loaders (a scoped service): every resolver that needs stored data asks here, so a
/// query costs one store call per nesting level, and every store call is counted for the request.
/// </summary>
public sealed class GraphLoaders(IGraphStore store, RequestMetrics metrics)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Type, Direction Direction, int First, string? After), BatchLoader<string, NeighbourPage>> _neighbours = [];
    private BatchLoader<string, GraphNode?>? _nodes;

    /// <summary>The store, counted: for root fields that are one call by nature (find, count).</summary>
    public IGraphStore Store { get; } = new CountingGraphStore(store, metrics);

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

    public IDataLoaderResult<NeighbourPage> Neighbours(string id, string type, Direction direction, int first, string? after)
    {
        BatchLoader<string, NeighbourPage> loader;
        lock (_gate)
        {
            var key = (type, direction, first, after);
            if (!_neighbours.TryGetValue(key, out loader!))
            {
                loader = new BatchLoader<string, NeighbourPage>(
                    (ids, ct) => Store.GetNeighboursAsync(new NeighbourQuery(ids, type, direction, first, after), ct),
                    NeighbourPage.Empty);
                _neighbours[key] = loader;
            }
        }

        return loader.Load(id);
    }

    /// <summary>The first neighbour over a relationship (the model makes these at most one: a household's group).</summary>
    public IDataLoaderResult<GraphNode?> FirstNeighbour(string id, string type, Direction direction) =>
        Neighbours(id, type, direction, 1, null).Select(p => p.Items.Count > 0 ? p.Items[0].Node : null);
}
