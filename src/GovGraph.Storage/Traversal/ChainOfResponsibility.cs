using GovGraph.Domain.Model;

namespace GovGraph.Storage.Traversal;

/// <summary>
/// Who answers for a household, bottom up: the household, the member who links it, the central household that
/// member belongs to, then the party group, village, township and city. Without a linking member (or when the
/// member belongs to no central household) the chain continues from the household's own party group.
/// </summary>
public static class ChainOfResponsibility
{
    public static async Task<IReadOnlyList<GraphNode>> ForHouseholdAsync(IGraphStore store, string householdId, CancellationToken ct)
    {
        var chain = new List<string> { householdId };
        var linking = await FirstAsync(store, householdId, RelTypes.Links, Direction.In, ct);
        string? centralHousehold = null;
        if (linking is not null)
        {
            chain.Add(linking);
            centralHousehold = await FirstAsync(store, linking, RelTypes.AttachedTo, Direction.Out, ct)
                ?? await FirstAsync(store, linking, RelTypes.Hosts, Direction.Out, ct);
        }

        // A central household's ancestors are its party group, village, township and city; a household's the same
        // without the central household.
        var from = centralHousehold ?? householdId;
        if (centralHousehold is not null)
        {
            chain.Add(centralHousehold);
        }

        var ancestors = await store.GetAncestorsAsync([from], ct);
        chain.AddRange(ancestors.TryGetValue(from, out var up) ? up : []);

        var nodes = (await store.GetNodesAsync(chain, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return chain.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList();
    }

    private static async Task<string?> FirstAsync(IGraphStore store, string id, string type, Direction direction, CancellationToken ct)
    {
        var pages = await store.GetNeighboursAsync(new NeighbourQuery([id], type, direction, 1, IncludeTotal: false), ct);
        return pages.TryGetValue(id, out var page) && page.Items.Count > 0 ? page.Items[0].Node.Id : null;
    }
}
