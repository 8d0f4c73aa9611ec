using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Mutations;

// TEMPORARY (branch wip/edit only): the change feed's real publisher lands with the "feed" branch; remove this
// file and its registration in MutationExtensions when merging it. The change log already holds every event.
internal sealed class NoChangePublisher : IChangePublisher
{
    public Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct) => Task.CompletedTask;
}
