namespace GovGraph.Domain.Changes;

/// <summary>
/// A change event before the store has given it a cursor, time and actor (the write transaction supplies those).
/// <see cref="Involved"/> names the nodes whose placement makes up the event's scope: the node itself, or both
/// ends of the relationship. <see cref="ScopeBefore"/> holds ancestors read before the change (a deleted node's
/// or an ended placement's); the store adds the involved nodes' ancestors as they stand at commit.
/// </summary>
public sealed record NewChange(
    ChangeType Type,
    string? NodeId,
    string? Label,
    RelationshipRef? Relationship,
    IReadOnlyDictionary<string, object?>? Before,
    IReadOnlyDictionary<string, object?>? After,
    IReadOnlyList<string> Involved,
    IReadOnlyList<string> ScopeBefore);
