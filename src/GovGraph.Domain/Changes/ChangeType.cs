namespace GovGraph.Domain.Changes;

/// <summary>What a change-log event records. Unlinking (setting <c>until</c>) is a <see cref="RelationshipDeleted"/>.</summary>
public enum ChangeType
{
    NodeCreated,
    NodeUpdated,
    NodeDeleted,
    RelationshipCreated,
    RelationshipDeleted,
}
