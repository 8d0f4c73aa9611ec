using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;

namespace GovGraph.Api.Analytics.Caching;

/// <summary>Drops the cached figures of every subtree a committed change is under, on each instance.</summary>
public sealed class AnalyticsCacheInvalidator(AnalyticsCache cache) : IChangeListener
{
    public ValueTask OnChangesAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct) =>
        cache.InvalidateAsync(events.SelectMany(e => e.Scope), ct);
}
