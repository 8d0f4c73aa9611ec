using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Something on this instance that reacts to every committed change once, in cursor order (the analytics cache's
/// invalidation). Called by the hub before subscribers see the events.
/// </summary>
public interface IChangeListener
{
    ValueTask OnChangesAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct);
}
