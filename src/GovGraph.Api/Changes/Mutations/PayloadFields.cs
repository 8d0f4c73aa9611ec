using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>The fields every payload has besides its result.</summary>
public static class PayloadFields
{
    public static void AddCommon(this ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<StringGraphType>("clientMutationId")
            .Description("The `clientMutationId` of the input, echoed back.")
            .Resolve(c => c.Source.ClientMutationId);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorType>>>>("errors")
            .Description("Why the mutation was refused; empty when it succeeded. A refused mutation changes nothing.")
            .Resolve(c => c.Source.Errors);
    }
}
