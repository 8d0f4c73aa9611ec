using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class DeleteNodeInputType : InputObjectGraphType
{
    public DeleteNodeInputType()
    {
        Name = "DeleteNodeInput";
        Description = "A node to delete. The city cannot be deleted.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node to delete.");
        Field<BooleanGraphType>("cascade")
            .Description("Also delete everything placed below it (units, households, bodies, venues; never people). Without it, a node with dependants is refused with `HAS_DEPENDANTS`.")
            .DefaultValue(false);
        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
