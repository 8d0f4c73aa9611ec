using GovGraph.Domain.Changes;

namespace GovGraph.Storage.Changes;

/// <summary>
/// A page of the change log: events with a cursor above <see cref="After"/> (0: from the oldest retained), at most
/// <see cref="First"/>, only those under <see cref="Under"/> (its id is in the event's scope) and of
/// <see cref="Types"/> when given.
/// </summary>
public sealed record ChangeQuery(long After, int First)
{
    public string? Under { get; init; }

    /// <summary>The caller's scope: only events whose scope holds this id too (null: no such limit).</summary>
    public string? Within { get; init; }

    public IReadOnlyCollection<ChangeType>? Types { get; init; }
}
