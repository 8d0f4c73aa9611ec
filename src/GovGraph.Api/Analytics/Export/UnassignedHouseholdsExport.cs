using System.Runtime.CompilerServices;
using GovGraph.Api.Graph;
using GovGraph.Api.Security;
using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Analytics.Export;

/// <summary>
/// The unassigned households under a unit, with their party group, village and township, read a page at a time
/// so a city-wide list never sits in memory. Personal data is masked here, once, for every format.
/// </summary>
public static class UnassignedHouseholdsExport
{
    private const int PageSize = 1000;

    public static readonly IReadOnlyList<ExportColumn<UnassignedHousehold>> Columns =
    [
        new("householdId", CellKind.Text, h => h.Id),
        new("headName", CellKind.Text, h => h.HeadName),
        new("phone", CellKind.Text, h => h.Phone),
        new("address", CellKind.Text, h => h.Address),
        new("size", CellKind.Integer, h => h.Size),
        new("partyGroup", CellKind.Text, h => h.PartyGroup?.Name),
        new("village", CellKind.Text, h => h.Village?.Name),
        new("township", CellKind.Text, h => h.Township?.Name),
        new("partyGroupId", CellKind.Text, h => h.PartyGroup?.Id),
        new("villageId", CellKind.Text, h => h.Village?.Id),
    ];

    public static Task<ExportTable<UnassignedHousehold>> TableAsync(GraphLoaders loaders, GraphNode unit, CancellationToken ct) =>
        Task.FromResult(new ExportTable<UnassignedHousehold>("unassigned-households", "Unassigned households", Columns, RowsAsync(loaders, unit.Id, ct)));

    private static async IAsyncEnumerable<UnassignedHousehold> RowsAsync(
        GraphLoaders loaders, string under, [EnumeratorCancellation] CancellationToken ct)
    {
        var store = loaders.Store;
        var caller = loaders.Caller;
        var names = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await store.FindNodesAsync(new NodeQuery(AnalyticsQueries.Unassigned(under), PageSize, after, IncludeTotal: false), ct);
            var households = page.Items.Select(i => i.Node).ToList();
            var ancestors = await store.GetAncestorsAsync(households.Select(h => h.Id).ToList(), ct);
            var unknown = ancestors.Values.SelectMany(a => a).Distinct().Where(id => !names.ContainsKey(id)).ToList();
            foreach (var node in unknown.Count > 0 ? await store.GetNodesAsync(unknown, ct) : [])
            {
                names[node.Id] = node;
            }

            foreach (var household in households)
            {
                string? Shown(string property) => PersonalDataGuard.Show(caller, Labels.Household, property, household.GetString(property));

                var up = ancestors.TryGetValue(household.Id, out var a) ? a.Select(id => names.GetValueOrDefault(id)).ToList() : [];
                yield return new UnassignedHousehold(
                    household.Id, Shown(Props.HeadName), Shown(Props.Phone), Shown(Props.Address), household.GetLong(Props.Size),
                    up.FirstOrDefault(n => n?.Label == Labels.PartyGroup),
                    up.FirstOrDefault(n => n?.Label == Labels.Village),
                    up.FirstOrDefault(n => n?.Label == Labels.Township));
            }

            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);
    }
}
