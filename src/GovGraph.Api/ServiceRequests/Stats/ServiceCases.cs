using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>
/// The cases raised under a unit in a window, read for the service figures: each a <see cref="CaseSummary"/> from
/// its ServiceRequest node alone (<see cref="RequestProperties.ToSummary"/>), never from its event history. Reads go
/// through the store they are given, so a caller's scoped view yields only the cases in the caller's subtree.
/// </summary>
/// <remarks>
/// Store calls: one <c>FindNodes</c> per <see cref="PageSize"/> cases (the window is a range on <c>createdAt</c>,
/// whose stored ISO UTC text orders as time does); with children, one <c>GetNeighbours</c> for the units one level
/// down and one <c>GetAncestors</c> for all the cases together to tell which child each is under.
/// </remarks>
public static class ServiceCases
{
    /// <summary>Cases read per store call.</summary>
    public const int PageSize = 1000;

    /// <summary>The criteria of the cases raised under <paramref name="unitId"/> in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static NodeCriteria Raised(string unitId, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Labels = [Labels.ServiceRequest],
        Under = unitId,
        Properties =
        [
            new PropertyFilter(Props.CreatedAt, FilterOp.GreaterOrEqual, PropertyValidator.IsoInstant(from)),
            new PropertyFilter(Props.CreatedAt, FilterOp.Less, PropertyValidator.IsoInstant(to)),
        ],
    };

    /// <summary>Every case raised under the unit in the window, paged through.</summary>
    public static async Task<List<CaseSummary>> ReadAsync(
        IGraphStore store, string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await store.ReadAllAsync(Raised(unitId, from, to), PageSize, ct))
            .Select(n => RequestProperties.ToSummary(n.Id, n.Properties))
            .ToList();

    /// <summary>The org units <paramref name="unitId"/> oversees directly, in the graph's order.</summary>
    public static async Task<List<GraphNode>> ChildrenAsync(IGraphStore store, string unitId, CancellationToken ct)
    {
        var children = await store.GetNeighboursAsync(
            new NeighbourQuery([unitId], RelTypes.Oversees, Direction.Out, 10_000, IncludeTotal: false), ct);
        return children[unitId].Items.Select(i => i.Node).ToList();
    }

    /// <summary>
    /// Which of <paramref name="childIds"/> each case is under (a case under none, e.g. raised by a household a
    /// party group covers directly beside its central households, is absent), in one store call.
    /// </summary>
    public static async Task<Dictionary<string, string>> ChildOfAsync(
        IGraphStore store, IReadOnlyCollection<CaseSummary> cases, IReadOnlyCollection<string> childIds, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cases.Count == 0 || childIds.Count == 0)
        {
            return result;
        }

        var children = childIds.ToHashSet(StringComparer.Ordinal);
        var ancestors = await store.GetAncestorsAsync(cases.Select(c => c.Id).ToList(), ct);
        foreach (var (id, path) in ancestors)
        {
            if (path.FirstOrDefault(children.Contains) is { } child)
            {
                result[id] = child;
            }
        }

        return result;
    }
}
