namespace GovGraph.Domain.Changes;

/// <summary>
/// One committed change, as the change log keeps it. <see cref="Cursor"/> is assigned by the store in commit
/// order: strictly increasing and without gaps, so a reader that sees cursor n+2 after n knows it missed one.
/// Node events carry <see cref="NodeId"/> and <see cref="Label"/>; relationship events carry
/// <see cref="Relationship"/> (and no node id). <see cref="Before"/> is null for a creation, <see cref="After"/>
/// null for a deletion. <see cref="Scope"/> is every id the event is "under": the node (or both ends of the
/// relationship) and all their placement ancestors, before and after the change.
/// </summary>
public sealed record ChangeEvent(
    long Cursor,
    ChangeType Type,
    DateTimeOffset At,
    string Actor,
    string? NodeId,
    string? Label,
    RelationshipRef? Relationship,
    IReadOnlyDictionary<string, object?>? Before,
    IReadOnlyDictionary<string, object?>? After,
    IReadOnlyList<string> Scope)
{
    /// <summary>The id of the commit (one mutation) this event belongs to; events of one commit share it.</summary>
    public string? CommitId { get; init; }
}
