using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>A relationship of the graph with the properties MODEL.md gives relationships.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<GraphRelationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A relationship of the organisation graph (the same one a Cypher query would match), with its properties.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relationship's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Description("The relationship type, as in MODEL.md and Cypher.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("startId").Description("The id of the node the relationship starts at.").Resolve(c => c.Source.StartId);
        Field<NonNullGraphType<IdGraphType>>("endId").Description("The id of the node the relationship ends at.").Resolve(c => c.Source.EndId);
        Field<NodeInterface>("start")
            .Description("The node the relationship starts at; null when it has been deleted since.")
            .Resolve(c => NodeFields.Loaders(c).Node(c.Source.StartId));
        Field<NodeInterface>("end")
            .Description("The node the relationship ends at; null when it has been deleted since.")
            .Resolve(c => NodeFields.Loaders(c).Node(c.Source.EndId));
        Field<StringGraphType>("since").Description("Since when it holds (ISO date), where recorded: `LINKS`, `CONTACTS`, `PAIRED_WITH`.").Resolve(c => c.Source.GetString(Props.Since));
        Field<StringGraphType>("until").Description("Until when it held (ISO date); null while it still holds.").Resolve(c => c.Source.GetString(Props.Until));
        Field<StringGraphType>("title").Description("The post held (职务), on `LEADS`, `SERVES_ON` and `HEADS`: e.g. 党组织书记.").Resolve(c => c.Source.GetString(Props.Title));
        Field<StringGraphType>("committee").Description("On `SERVES_ON`: `PARTY` (村党组织委员会) or `VILLAGERS` (村民委员会).").Resolve(c => c.Source.GetString(Props.Committee));
        Field<IntGraphType>("batch").Description("On `STATIONED_IN`: the dispatch batch (选派批次), e.g. 8.").Resolve(c => c.Source.GetLong(Props.Batch));
        Field<StringGraphType>("category").Description("On `TALENT_OF`: `SKILL`, `AGRICULTURE` or `CULTURE` (四带乡土人才).").Resolve(c => c.Source.GetString(Props.Category));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("areas")
            .Description("On `COOPERATES_WITH`: the areas of 校地合作.")
            .Resolve(c => c.Source.Properties.TryGetValue(Props.Areas, out var v) ? v as IEnumerable<string> : null);
    }
}
