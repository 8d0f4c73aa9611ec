using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Graph.Lists;

/// <summary>
/// A list filter for one node type (<c>VillageFilter</c>): <c>nameContains</c> plus the properties front-end
/// teams filter that type on. Every field narrows the list; omitted fields do not filter.
/// </summary>
public abstract class FilterInputType : InputObjectGraphType<object>
{
    protected FilterInputType(string typeName, string what)
    {
        Name = typeName + "Filter";
        Description = $"Narrows a list of {what}: every given field must hold.";
        Field<StringGraphType>("nameContains").Description("The name contains this text (Chinese substrings work; case-insensitive for Latin letters).");
    }
}

public sealed class TownshipFilterInput : FilterInputType
{
    public TownshipFilterInput() : base("Township", "township-level units")
    {
        Field<DivisionTypeEnum>(Props.DivisionType).Description("Only units of this division type.");
    }
}

public sealed class VillageFilterInput : FilterInputType
{
    public VillageFilterInput() : base("Village", "villages")
    {
        Field<BooleanGraphType>(Props.KeyVillage).Description("Only key villages (true) or only the others (false).");
        Field<BranchTypeEnum>(Props.BranchType).Description("Only villages with this form of party organisation.");
    }
}

public sealed class PartyGroupFilterInput : FilterInputType
{
    public PartyGroupFilterInput() : base("PartyGroup", "party groups")
    {
        Field<BooleanGraphType>(Props.HasVenue).Description("Only groups with (true) or without (false) a party-group home.");
        Field<BooleanGraphType>(Props.TalkPoint).Description("Only groups with (true) or without (false) a talk point.");
    }
}

public sealed class PersonFilterInput : FilterInputType
{
    public PersonFilterInput() : base("Person", "people")
    {
        Field<EducationEnum>(Props.Education).Description("Only people with this education.");
        Field<BooleanGraphType>(Props.PartyMember).Description("Only party members (true) or only non-members (false).");
    }
}

public sealed class AgencyFilterInput : FilterInputType
{
    public AgencyFilterInput() : base("Agency", "agencies")
    {
        Field<AgencyCategoryEnum>(Props.Category).Description("Only agencies of this category.");
    }
}

public sealed class HouseholdFilterInput : FilterInputType
{
    public HouseholdFilterInput() : base("Household", "households (`nameContains` matches the head's name)")
    {
        Field<BooleanGraphType>("unassigned").Description("Only households no member links (true) or only linked ones (false).");
    }
}

public sealed class VenueFilterInput : FilterInputType
{
    public VenueFilterInput() : base("Venue", "venues")
    {
        Field<VenueKindEnum>(Props.Kind).Description("Only venues of this kind.");
    }
}

public sealed class VillageBodyFilterInput : FilterInputType
{
    public VillageBodyFilterInput() : base("VillageBody", "village bodies")
    {
        Field<VillageBodyKindEnum>(Props.Kind).Description("Only bodies of this kind.");
    }
}

/// <summary>The filter for lists whose nodes have nothing to filter on but their name.</summary>
public sealed class NameFilterInput : FilterInputType
{
    public NameFilterInput() : base("Name", "nodes by name")
    {
    }
}
