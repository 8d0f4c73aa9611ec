using GovGraph.Api.Graph;
using GovGraph.Domain.Rules;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// The input of <c>createX</c> for the label of <typeparamref name="TNodeType"/>, derived from the label's
/// property table (NodeProperties) and placement (NodeCreation): one source for the schema and the rules.
/// </summary>
public sealed class CreateNodeInputType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public CreateNodeInputType()
    {
        var label = GraphTypeNames.Of<TNodeType>();
        Name = $"Create{label}Input";
        Description = $"A new `{label}`: its properties{(NodeCreation.ParentageOf(label) is null ? "" : " and where it is placed")}.";
        if (NodeCreation.ParentageOf(label) is { } parentage)
        {
            Field<NonNullGraphType<IdGraphType>>(parentage.Field).Description(parentage.Description);
        }

        Field<IdGraphType>("id").Description($"The new node's id, unique across the graph; `{label.ToLowerInvariant()}:<guid>` is generated when omitted.");
        foreach (var spec in NodeProperties.For(label))
        {
            var field = Field(spec.Name, PropertyInputTypes.For(label, spec, nonNull: spec.Required && spec.Default is null))
                .Description(spec.Description);
            if (spec.Default is not null)
            {
                field.DefaultValue(spec.Default);
            }
        }

        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
