using GovGraph.Api.Analytics.Caching;
using GovGraph.Domain.Model;
using GovGraph.Domain.ServiceRequests;
using GovGraph.Storage;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>
/// A unit's service figures, and its children's when asked: the unit's cases are read once (<see cref="ServiceCases"/>)
/// and split among the children, so asking for <c>byChild</c> costs two store calls more, not a read per child. The
/// cases go through the analytics cache (dropped by any change under the unit); the figures are computed from them
/// at <c>now</c> on every request, since what is overdue and which rates are decided move with the clock.
/// </summary>
public static class ServiceStatsReader
{
    /// <summary>The figures of the cases raised under <paramref name="unit"/> in [from, to), as seen at <paramref name="now"/>.</summary>
    public static async Task<ServiceStatsResult> ForUnitAsync(
        AnalyticsCache cache, IGraphStore store, GraphNode unit, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, bool withChildren,
        CancellationToken ct)
    {
        List<GraphNode>? freshChildren = null;
        var read = await cache.ServiceCasesAsync(unit.Id, from, to, withChildren, async t =>
        {
            var cases = await ServiceCases.ReadAsync(store, unit.Id, from, to, t);
            if (!withChildren)
            {
                return new CachedServiceCases(cases);
            }

            freshChildren = await ServiceCases.ChildrenAsync(store, unit.Id, t);
            var childOf = await ServiceCases.ChildOfAsync(store, cases, freshChildren.Select(c => c.Id).ToList(), t);
            return new CachedServiceCases(cases, cases.Select(c => childOf.GetValueOrDefault(c.Id)).ToList(), freshChildren.Select(c => c.Id).ToList());
        }, ct);

        var figures = ServiceFigures.Compute(read.Cases, from, to, now);
        if (read.ChildIds is null || read.ChildOfCase is null)
        {
            return new ServiceStatsResult(unit, figures);
        }

        // On a cache hit the children's nodes are read again: one call, in the order asked.
        var children = freshChildren ?? (read.ChildIds.Count == 0 ? [] : (await store.GetNodesAsync(read.ChildIds, ct)).ToList());
        var casesOf = read.Cases
            .Select((c, i) => (Case: c, Child: read.ChildOfCase[i]))
            .Where(x => x.Child is not null)
            .ToLookup(x => x.Child!, x => x.Case, StringComparer.Ordinal);
        var rows = children
            .Select(child => new ServiceStatsResult(child, ServiceFigures.Compute(casesOf[child.Id], from, to, now)))
            .ToList();
        return new ServiceStatsResult(unit, figures, rows);
    }
}
