using GovGraph.Domain.Changes;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>The kinds of change-log event as a GraphQL enum.</summary>
public sealed class ChangeTypeEnum : EnumerationGraphType<ChangeType>
{
    public ChangeTypeEnum()
    {
        Name = "ChangeType";
        Description = "What a change-log event records.";
        Describe(ChangeType.NodeCreated, "A node was created (`after` holds its properties).");
        Describe(ChangeType.NodeUpdated, "A node's properties changed (`before` and `after`).");
        Describe(ChangeType.NodeDeleted, "A node was deleted (`before` holds its last properties).");
        Describe(ChangeType.RelationshipCreated, "A relationship was created (linked, paired, assigned, ...).");
        Describe(ChangeType.RelationshipDeleted, "A relationship ended (unlinked: its `until` was set; history keeps it) or went with a deleted node.");
    }

    private void Describe(ChangeType type, string description) =>
        Values.Single(v => Equals(v.Value, type)).Description = description;
}
