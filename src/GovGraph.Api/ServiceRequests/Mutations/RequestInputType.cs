using GovGraph.Api.Changes.Mutations;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Mutations;

/// <summary>
/// The input of one case mutation (<c>AcceptRequestInput</c>): the case (or, to raise one, the household), the
/// action's own fields and <c>clientMutationId</c>. Built once per mutation by <see cref="RequestMutations"/>.
/// </summary>
[DoNotRegister]
public sealed class RequestInputType : InputObjectGraphType
{
    public RequestInputType(string name, string mutation, Action<RequestInputType> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Description = $"The input of `{mutation}`.";
        fields(this);
        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }

    /// <summary>The case acted on, the first field of every input but <c>raiseRequest</c>'s.</summary>
    public void Request() =>
        Field<NonNullGraphType<IdGraphType>>("request")
            .Description("The `ServiceRequest` acted on; it must lie within your scope (under a household you see), else `NODE_NOT_FOUND`.");
}
