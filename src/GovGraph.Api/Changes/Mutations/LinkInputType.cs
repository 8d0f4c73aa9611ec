using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class LinkInputType : InputObjectGraphType
{
    public LinkInputType()
    {
        Name = "LinkInput";
        Description = "A relationship to create between two existing nodes, of any type of MODEL.md.";
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Description("The relationship type.");
        Field<NonNullGraphType<IdGraphType>>("from").Description("The node it starts at (e.g. the member of LINKS).");
        Field<NonNullGraphType<IdGraphType>>("to").Description("The node it ends at (e.g. the household of LINKS).");
        Field<LinkPropertiesInputType>("properties").Description("The relationship's properties; `since` defaults to today.");
        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
