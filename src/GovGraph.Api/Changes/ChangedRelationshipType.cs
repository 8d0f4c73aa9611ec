using GovGraph.Domain.Changes;
using GraphQL.Types;

namespace GovGraph.Api.Changes;

/// <summary>The relationship a change event is about.</summary>
public sealed class ChangedRelationshipType : ObjectGraphType<RelationshipRef>
{
    public ChangedRelationshipType()
    {
        Name = "ChangedRelationship";
        Description = "The relationship a change event is about, by id and ends (it may no longer hold).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relationship's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. `LINKS`.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("startId").Description("The id of the node it starts at.").Resolve(c => c.Source.StartId);
        Field<NonNullGraphType<IdGraphType>>("endId").Description("The id of the node it ends at.").Resolve(c => c.Source.EndId);
    }
}
