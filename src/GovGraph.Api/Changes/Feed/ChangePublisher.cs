using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Hands committed events to this instance's hub, then to the other instances. A fan-out failure is logged, not
/// thrown: the commit stands, the change log holds the events and the other hubs' polls catch up from it.
/// </summary>
public sealed class ChangePublisher(IChangeHub hub, IChangeFanOut fanOut, ILogger<ChangePublisher> logger) : IChangePublisher
{
    public async Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        hub.Accept(events);
        try
        {
            await fanOut.PublishAsync(events, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            ChangeFeedLog.FanOutFailed(logger, ex, events.Count, events[0].Cursor, events[^1].Cursor);
        }
    }
}
