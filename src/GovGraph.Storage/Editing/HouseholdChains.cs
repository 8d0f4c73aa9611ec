using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>Reads a household's <see cref="HouseholdChain"/> from the graph, inside the edit's transaction.</summary>
internal static class HouseholdChains
{
    public static async Task<HouseholdChain> ReadAsync(IGraphWriteTransaction tx, string householdId, CancellationToken ct)
    {
        var member = (await EditReads.CurrentAsync(tx, householdId, Direction.In, RelTypes.Links, ct)).MinBy(Seq)?.StartId;
        string? central = null;
        string? host = null;
        if (member is not null)
        {
            central = (await EditReads.CurrentAsync(tx, member, Direction.Out, RelTypes.AttachedTo, ct)).MinBy(Seq)?.EndId;

            // A member hosting a central household is its host and attached to none: their own household is the one.
            central ??= (await EditReads.CurrentAsync(tx, member, Direction.Out, RelTypes.Hosts, ct)).MinBy(Seq)?.EndId;
            if (central is not null)
            {
                host = (await EditReads.CurrentAsync(tx, central, Direction.In, RelTypes.Hosts, ct)).MinBy(Seq)?.StartId;
            }
        }

        // Placement already walks COVERS then OVERSEES up to the city: the household's ancestors are the org chain.
        var ancestors = (await tx.GetAncestorsAsync([householdId], ct)).GetValueOrDefault(householdId) ?? [];
        var units = (await tx.GetNodesAsync(ancestors, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        string? Nearest(string label) => ancestors.FirstOrDefault(id => units.TryGetValue(id, out var n) && n.Label == label);

        return new HouseholdChain(
            member, central, host, Nearest(Labels.PartyGroup), Nearest(Labels.Village), Nearest(Labels.Township), Nearest(Labels.City));
    }

    // Relationship ids carry no order; the oldest `since` first keeps the pick stable when two hold at once.
    private static string Seq(GraphRelationship r) => (r.Properties.GetValueOrDefault(Props.Since)?.ToString() ?? string.Empty) + r.Id;
}
