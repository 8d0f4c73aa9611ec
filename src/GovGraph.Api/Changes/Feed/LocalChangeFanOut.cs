using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>The fan-out of an instance that runs alone: there is no one else to tell.</summary>
public sealed class LocalChangeFanOut : IChangeFanOut
{
    public Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct) => Task.CompletedTask;
}
