using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Hands committed events to this instance's hub, then to the other instances. A fan-out failure is logged, not
/// thrown: the commit stands, the change log holds the events and the other hubs' polls catch up from it.
/// It returns once this instance's hub has delivered the events, so the writer's next read (a cached figure)
/// already reflects its own change: read-your-writes on the instance that took the write.
/// </summary>
public sealed class ChangePublisher(IChangeHub hub, IChangeFanOut fanOut, ILogger<ChangePublisher> logger) : IChangePublisher
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(5);

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

        try
        {
            // Bounded: a hub that is stuck (a store outage) must not hold the writer's answer hostage.
            await hub.WhenDeliveredAsync(events[^1].Cursor).WaitAsync(DeliveryWait, ct);
        }
        catch (TimeoutException)
        {
            ChangeFeedLog.DeliveryWaitTimedOut(logger, events[^1].Cursor, DeliveryWait.TotalMilliseconds);
        }
    }
}
