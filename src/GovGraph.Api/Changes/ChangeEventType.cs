using GovGraph.Api.Changes.Feed;
using GovGraph.Api.Graph;
using GovGraph.Api.Security;
using GovGraph.Domain.Changes;
using GovGraph.Api.Graph.Lists;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>One committed change as the feed serves it.</summary>
public sealed class ChangeEventType : ObjectGraphType<ChangeEvent>
{
    public ChangeEventType()
    {
        Name = "ChangeEvent";
        Description = "One committed change from the change log, in commit order.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's position in the change log: pass it as `after` to resume right after it. Increases with every event, as a number and as a string.")
            .Resolve(c => ChangeCursor.Format(c.Source.Cursor));
        Field<NonNullGraphType<ChangeTypeEnum>>("type").Description("What happened.").Resolve(c => c.Source.Type);
        Field<IdGraphType>("nodeId").Description("The node a node event is about; null for relationship events.").Resolve(c => c.Source.NodeId);
        Field<StringGraphType>("label").Description("The label of that node, e.g. `Household`.").Resolve(c => c.Source.Label);
        Field<NodeInterface>("node")
            .Description("The node as it is now (not as of the event); null for relationship events and once the node is deleted.")
            .Resolve(c => c.Source.NodeId is { } id ? NodeFields.Loaders(c).Node(id) : null);
        Field<ChangedRelationshipType>("relationship")
            .Description("The relationship a relationship event is about; null for node events.")
            .Resolve(c => c.Source.Relationship);
        Field<JsonScalar>("before")
            .Description("The properties before the change; null for a creation. Personal data is masked as on the node's own fields.")
            .Resolve(c => PersonalDataGuard.Show(NodeFields.Loaders(c).Caller, c.Source.Label, c.Source.Before));
        Field<JsonScalar>("after")
            .Description("The properties after the change; null for a deletion. Personal data is masked as on the node's own fields.")
            .Resolve(c => PersonalDataGuard.Show(NodeFields.Loaders(c).Caller, c.Source.Label, c.Source.After));
        Field<NonNullGraphType<DateTimeScalar>>("at").Description("When the change was committed (UTC).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who made the change.").Resolve(c => c.Source.Actor);
        Field<StringGraphType>("commitId")
            .Description("The commit (one mutation) the event belongs to; events of one commit share it.")
            .Resolve(c => c.Source.CommitId);
    }
}
