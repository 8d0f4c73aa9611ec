using GovGraph.Domain.Rules;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// The input of a named relationship mutation (<c>LinkHouseholdInput</c>): its two roles, the relationship's own
/// properties (for a link) straight on the input, and <c>clientMutationId</c>. Built once per
/// <see cref="NamedLink"/> by the mutation type, not resolved from the container.
/// </summary>
[DoNotRegister]
public sealed class NamedLinkInputType : InputObjectGraphType
{
    public NamedLinkInputType(NamedLink link)
    {
        Name = link.InputName;
        Description = $"The input of `{link.Mutation}`.";
        Field<NonNullGraphType<IdGraphType>>(link.From.Field).Description(link.From.Description);
        Field<NonNullGraphType<IdGraphType>>(link.To.Field).Description(link.To.Description);
        if (!link.Ends)
        {
            foreach (var spec in RelationshipProperties.For(link.RelationshipType))
            {
                Field(spec.Name, PropertyInputTypes.For(null, spec, nonNull: spec.Required)).Description(spec.Description);
            }
        }

        Field<StringGraphType>("clientMutationId").Description(MutationInputs.ClientMutationIdDescription);
    }
}
