using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes.Feed;

/// <summary>
/// Carries committed events to the other API instances (Redis pub/sub when <c>ConnectionStrings:Redis</c> is set;
/// nothing when running alone). Receiving instances hand them to their <see cref="IChangeHub"/>.
/// </summary>
public interface IChangeFanOut
{
    /// <summary>Sends the events to other instances; throws when the transport is down (the publisher logs it).</summary>
    Task PublishAsync(IReadOnlyList<ChangeEvent> events, CancellationToken ct);
}
