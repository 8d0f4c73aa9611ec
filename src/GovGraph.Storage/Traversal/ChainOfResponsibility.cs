using GovGraph.Domain.Model;

namespace GovGraph.Storage.Traversal;

/// <summary>
/// Who answers for a household, bottom up: the household, the member who links it, the central household that
/// member belongs to, then the party group, village, township and city. Without a linking member (or when the
/// member belongs to no central household) the chain continues from the household's own party group.
/// </summary>
public static class ChainOfResponsibility
{
    /// <summary>The chain of a household the caller has already read (so it is not read twice).</summary>
    public static async Task<IReadOnlyList<GraphNode>> ForHouseholdAsync(IGraphStore store, GraphNode household, CancellationToken ct)
    {
        // The neighbour lookups return the member and the central household themselves; only the ancestors,
        // which come back as ids, need one more read.
        var chain = new List<GraphNode> { household };
        var linking = await FirstAsync(store, household.Id, RelTypes.Links, Direction.In, ct);
        GraphNode? centralHousehold = null;
        if (linking is not null)
        {
            chain.Add(linking);
            centralHousehold = await FirstAsync(store, linking.Id, RelTypes.AttachedTo, Direction.Out, ct)
                ?? await FirstAsync(store, linking.Id, RelTypes.Hosts, Direction.Out, ct);
        }

        // A central household's ancestors are its party group, village, township and city; a household's the same
        // without the central household.
        if (centralHousehold is not null)
        {
            chain.Add(centralHousehold);
        }

        var from = centralHousehold?.Id ?? household.Id;
        var ancestorIds = (await store.GetAncestorsAsync([from], ct)).GetValueOrDefault(from) ?? [];
        var ancestors = (await store.GetNodesAsync(ancestorIds, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        chain.AddRange(ancestorIds.Where(ancestors.ContainsKey).Select(id => ancestors[id]));
        return chain;
    }

    private static async Task<GraphNode?> FirstAsync(IGraphStore store, string id, string type, Direction direction, CancellationToken ct)
    {
        var pages = await store.GetNeighboursAsync(new NeighbourQuery([id], type, direction, 1, IncludeTotal: false), ct);
        return pages.TryGetValue(id, out var page) && page.Items.Count > 0 ? page.Items[0].Node : null;
    }
}
