using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>
/// Neighbours of many nodes over one relationship type. <see cref="First"/> and <see cref="After"/> (or, when
/// <see cref="Backward"/>, <see cref="Before"/>) page each node's list separately (the same page window for every
/// node of the batch). Only relationships valid
/// at <see cref="AsOf"/> are followed (null: current ones, see <see cref="Validity"/>); only neighbours matching
/// <see cref="Target"/> are returned and counted; <see cref="Order"/> sorts each list (null: relationship order).
/// </summary>
public sealed record NeighbourQuery(
    IReadOnlyCollection<string> Ids,
    string RelationshipType,
    Direction Direction,
    int First,
    string? After = null,
    bool IncludeTotal = true)
{
    public DateOnly? AsOf { get; init; }

    /// <summary>Conditions on the neighbour node (its <c>Under</c> is ignored).</summary>
    public NodeCriteria? Target { get; init; }

    public NodeOrder? Order { get; init; }

    /// <summary>Page backwards: each list's <see cref="First"/> neighbours just before <see cref="Before"/>, in list order.</summary>
    public bool Backward { get; init; }

    /// <summary>With <see cref="Backward"/>: the cursor each page ends before (null: the list's end).</summary>
    public string? Before { get; init; }
}
