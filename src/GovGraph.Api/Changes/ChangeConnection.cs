using GovGraph.Domain.Changes;

namespace GovGraph.Api.Changes;

/// <summary>A page of the change log as the <c>changes</c> query serves it.</summary>
public sealed record ChangeConnection(IReadOnlyList<ChangeEvent> Events, bool HasNextPage, bool HasPreviousPage);
