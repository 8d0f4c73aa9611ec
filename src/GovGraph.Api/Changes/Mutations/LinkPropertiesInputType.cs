using GovGraph.Domain.Rules;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// The properties a generic link may set: the union over every relationship type (RelationshipProperties).
/// Each type takes only its own; another is refused with <c>INVALID_INPUT</c> naming it.
/// </summary>
public sealed class LinkPropertiesInputType : InputObjectGraphType
{
    public LinkPropertiesInputType()
    {
        Name = "LinkPropertiesInput";
        Description = "Properties of the new relationship. `since` applies to every type; the others only to the types MODEL.md gives them (e.g. `batch` on STATIONED_IN).";
        foreach (var spec in RelationshipProperties.All)
        {
            Field(spec.Name, PropertyInputTypes.For(null, spec, nonNull: false)).Description(spec.Description);
        }
    }
}
