namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// How many events of one subscription may be on their way to the client (executed, not yet written to its
/// socket or stream). The transport hands one to the execution and gives a slot back after each write; the
/// subscription waits for a slot before passing on the next event. So a slow client holds back its own
/// subscription, whose bounded buffer then overflows into catching up from the change log, instead of events
/// piling up in memory without bound.
/// </summary>
public sealed class DeliveryWindow(int size = DeliveryWindow.DefaultSize)
{
    /// <summary>Events in flight per subscription by default.</summary>
    public const int DefaultSize = 32;

    /// <summary>The key of the window in the execution's user context.</summary>
    public const string Key = "govgraph.deliveryWindow";

    // Never disposed: the subscription's reader may still be waiting when the operation ends (it is cancelled),
    // and a semaphore without a wait handle holds nothing to free.
    private readonly SemaphoreSlim _slots = new(size, size);

    /// <summary>Waits for a free slot before an event goes out.</summary>
    public Task WaitAsync(CancellationToken ct) => _slots.WaitAsync(ct);

    /// <summary>An event was written: its slot is free again.</summary>
    public void Release()
    {
        try
        {
            _slots.Release();
        }
        catch (SemaphoreFullException)
        {
            // A result that took no slot (a stream error) was written; nothing to give back.
        }
    }
}
