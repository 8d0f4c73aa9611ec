namespace GovGraph.Domain.Changes;

/// <summary>
/// The one spelling of change types outside C#: the GraphQL enum names, which both stores also keep in their
/// change logs.
/// </summary>
public static class ChangeTypeNames
{
    public static string Of(ChangeType type) => type switch
    {
        ChangeType.NodeCreated => "NODE_CREATED",
        ChangeType.NodeUpdated => "NODE_UPDATED",
        ChangeType.NodeDeleted => "NODE_DELETED",
        ChangeType.RelationshipCreated => "RELATIONSHIP_CREATED",
        ChangeType.RelationshipDeleted => "RELATIONSHIP_DELETED",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type."),
    };

    public static ChangeType Parse(string name) => name switch
    {
        "NODE_CREATED" => ChangeType.NodeCreated,
        "NODE_UPDATED" => ChangeType.NodeUpdated,
        "NODE_DELETED" => ChangeType.NodeDeleted,
        "RELATIONSHIP_CREATED" => ChangeType.RelationshipCreated,
        "RELATIONSHIP_DELETED" => ChangeType.RelationshipDeleted,
        _ => throw new InvalidOperationException($"The change log holds an unknown change type '{name}'."),
    };
}
