using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>
/// A unit's service figures, and its children's when asked: the unit's cases are read once (<see cref="ServiceCases"/>)
/// and split among the children, so asking for <c>byChild</c> costs two store calls more, not a read per child.
/// </summary>
public static class ServiceStatsReader
{
    /// <summary>The figures of the cases raised under <paramref name="unit"/> in [from, to), as seen at <paramref name="now"/>.</summary>
    public static async Task<ServiceStatsResult> ForUnitAsync(
        IGraphStore store, GraphNode unit, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, bool withChildren, CancellationToken ct)
    {
        var cases = await ServiceCases.ReadAsync(store, unit.Id, from, to, ct);
        var figures = ServiceFigures.Compute(cases, from, to, now);
        if (!withChildren)
        {
            return new ServiceStatsResult(unit, figures);
        }

        var children = await ServiceCases.ChildrenAsync(store, unit.Id, ct);
        var childOf = await ServiceCases.ChildOfAsync(store, cases, children.Select(c => c.Id).ToList(), ct);
        var casesOf = cases.Where(c => childOf.ContainsKey(c.Id)).ToLookup(c => childOf[c.Id], StringComparer.Ordinal);
        var rows = children
            .Select(child => new ServiceStatsResult(child, ServiceFigures.Compute(casesOf[child.Id], from, to, now)))
            .ToList();
        return new ServiceStatsResult(unit, figures, rows);
    }
}
