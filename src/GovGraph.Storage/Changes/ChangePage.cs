using GovGraph.Domain.Changes;

namespace GovGraph.Storage.Changes;

/// <summary>
/// A page of change events in cursor order; <see cref="HasNext"/> when more match after the last one (now),
/// <see cref="HasPrevious"/> when more are kept before the first.
/// </summary>
public sealed record ChangePage(IReadOnlyList<ChangeEvent> Events, bool HasNext, bool HasPrevious = false);
