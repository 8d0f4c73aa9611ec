using GovGraph.Api.Graph;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class UnlinkInputType : InputObjectGraphType
{
    public UnlinkInputType()
    {
        Name = "UnlinkInput";
        Description = "A current relationship to end. It gets `until` = today and stays in the history that `asOf` reads.";
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Description("The relationship type.");
        Field<NonNullGraphType<IdGraphType>>("from").Description("The node it starts at.");
        Field<NonNullGraphType<IdGraphType>>("to").Description("The node it ends at.");
        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
