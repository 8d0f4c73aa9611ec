using GovGraph.Api.Changes.Feed;
using GovGraph.Domain.Changes;

namespace GovGraph.Api.Tests.Changes;

/// <summary>A change listener that keeps every batch it was given.</summary>
public sealed class RecordingListener : IChangeListener
{
    private readonly List<ChangeEvent> _seen = [];

    public IReadOnlyList<ChangeEvent> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public ValueTask OnChangesAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct)
    {
        lock (_seen)
        {
            _seen.AddRange(events);
        }

        return ValueTask.CompletedTask;
    }
}
