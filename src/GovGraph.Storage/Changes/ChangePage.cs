using GovGraph.Domain.Changes;

namespace GovGraph.Storage.Changes;

/// <summary>A page of change events in cursor order; <see cref="HasNext"/> when more match after the last one.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeEvent> Events, bool HasNext);
