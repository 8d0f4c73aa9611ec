using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

public sealed class DeleteNodeInputType : InputObjectGraphType
{
    public DeleteNodeInputType()
    {
        Name = "DeleteNodeInput";
        Description = "A node to delete. The city cannot be deleted, nor a request or request event on its own (they go with their household). A household that raised an open request, or the handler an open request is assigned to, is refused with `HAS_OPEN_REQUESTS`, also by cascade.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node to delete.");
        Field<BooleanGraphType>("cascade")
            .Description("Also delete everything placed below it (units, households, bodies, venues, households' closed requests with their events; never people). Without it, a node with dependants is refused with `HAS_DEPENDANTS`.")
            .DefaultValue(false);
        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
