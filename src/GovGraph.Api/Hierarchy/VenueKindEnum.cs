using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class VenueKindEnum : EnumerationGraphType
{
    public VenueKindEnum()
    {
        Name = "VenueKind";
        Description = "The kind of activity venue.";
        Add("VILLAGE_CENTRE", "VILLAGE_CENTRE", "A village activity venue (村级活动场所).");
        Add("PARTY_GROUP_HOME", "PARTY_GROUP_HOME", "A standardised party-group home (党小组之家), often with a talk point (百姓说事点).");
    }
}
