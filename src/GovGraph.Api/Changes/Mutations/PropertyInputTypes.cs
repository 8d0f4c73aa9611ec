using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GraphQL.Types;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>
/// The GraphQL input type of each property kind. Choices the read side already shows as enums are enums here
/// too, so a client writes what it reads; the others are strings that the editor checks.
/// </summary>
public static class PropertyInputTypes
{
    private static readonly Dictionary<(string Label, string Property), Type> Enums = new()
    {
        [(Labels.Township, Props.DivisionType)] = typeof(DivisionTypeEnum),
        [(Labels.Village, Props.BranchType)] = typeof(BranchTypeEnum),
        [(Labels.Person, Props.Education)] = typeof(EducationEnum),
        [(Labels.Agency, Props.Category)] = typeof(AgencyCategoryEnum),
        [(Labels.VillageBody, Props.Kind)] = typeof(VillageBodyKindEnum),
        [(Labels.Venue, Props.Kind)] = typeof(VenueKindEnum),
    };

    /// <summary>The input type of a property of <paramref name="label"/> (null for relationship properties).</summary>
    public static Type For(string? label, PropertySpec spec, bool nonNull)
    {
        var type = spec.Kind switch
        {
            PropertyKind.Text => typeof(StringGraphType),
            PropertyKind.Integer => typeof(IntGraphType),
            PropertyKind.Number => typeof(FloatGraphType),
            PropertyKind.Flag => typeof(BooleanGraphType),
            PropertyKind.Choice => label is not null && Enums.TryGetValue((label, spec.Name), out var e) ? e : typeof(StringGraphType),
            PropertyKind.Date => typeof(DateScalar),
            PropertyKind.TextList => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown property kind."),
        };
        return nonNull ? typeof(NonNullGraphType<>).MakeGenericType(type) : type;
    }
}
