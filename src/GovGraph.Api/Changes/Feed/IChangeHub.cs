using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// This instance's change feed. Events may arrive from anywhere (local commits, Redis, a poll of the change log),
/// out of order or twice; the hub delivers each committed event exactly once and in cursor order to its
/// subscribers and listeners, filling any gap from the change log.
/// </summary>
public interface IChangeHub
{
    /// <summary>Offers committed events (local or remote). Cheap and non-blocking.</summary>
    void Accept(IReadOnlyList<ChangeEvent> events);

    /// <summary>Asks the hub to look at the change log now (something may have been committed elsewhere).</summary>
    void Wake();

    /// <summary>
    /// Completes once the hub has delivered every event up to <paramref name="cursor"/> (listeners included), so a
    /// writer can answer only after its own change is visible in this instance's cached figures.
    /// </summary>
    Task WhenDeliveredAsync(long cursor);

    /// <summary>The newest cursor this hub has delivered.</summary>
    long Delivered { get; }
}
