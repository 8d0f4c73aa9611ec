using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// The write path's one call after a commit: hands the committed events to this instance's feed and, when
/// configured, to the other instances (Redis). Never throws for a fan-out failure: the change log already holds
/// the events, and every instance catches up from it.
/// </summary>
public interface IChangePublisher
{
    Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct);
}
