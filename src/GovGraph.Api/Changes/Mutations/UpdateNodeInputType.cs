using GovGraph.Api.Graph;
using GovGraph.Domain.Rules;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// The input of <c>updateX</c> for the label of <typeparamref name="TNodeType"/>: the node, the version the
/// client read, and the properties to change (omitted ones stay; null clears an optional one).
/// </summary>
public sealed class UpdateNodeInputType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public UpdateNodeInputType()
    {
        var label = GraphTypeNames.Of<TNodeType>();
        Name = $"Update{label}Input";
        Description = $"Changes to {Wording.A(label)}: only the properties given change; null clears an optional property.";
        Field<NonNullGraphType<IdGraphType>>("id").Description($"The `{label}` to change.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Description("The `version` the client last read. When the node has changed since, the update is refused with `VERSION_CONFLICT`.");
        foreach (var spec in NodeProperties.For(label))
        {
            Field(spec.Name, PropertyInputTypes.For(label, spec, nonNull: false)).Description(spec.Description);
        }

        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
