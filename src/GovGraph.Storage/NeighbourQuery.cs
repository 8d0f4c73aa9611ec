using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>
/// Neighbours of many nodes over one relationship type. <see cref="First"/> and <see cref="After"/> page
/// each node's list separately (the same page window for every node of the batch).
/// </summary>
public sealed record NeighbourQuery(
    IReadOnlyCollection<string> Ids,
    string RelationshipType,
    Direction Direction,
    int First,
    string? After = null,
    bool IncludeTotal = true);
