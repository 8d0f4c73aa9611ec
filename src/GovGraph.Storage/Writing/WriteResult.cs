using GovGraph.Domain.Changes;

namespace GovGraph.Storage.Writing;

/// <summary>What a committed write transaction returned, with the change-log events it appended (in cursor order).</summary>
public sealed record WriteResult<T>(T Value, IReadOnlyList<ChangeEvent> Events);
