using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class PartyGroupType : ObjectGraphType<GraphNode>
{
    public PartyGroupType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.PartyGroup, "PartyGroup", "A village party group (村党小组), one per villagers' group or micro-grid (微网格).");
        this.Text(Props.Name, "The group's name, e.g. 第一党小组.", required: true);
        this.OrgUnit(options, Labels.PartyGroup);
        this.Flag(Props.HasVenue, "True when the group has a standardised party-group home (党小组之家).");
        this.Flag(Props.TalkPoint, "True when the group runs a talk point (百姓说事点).");
        this.Single<VillageType>("village", "The village party organisation overseeing the group.", RelTypes.Oversees, Direction.In);
        this.Connection<PersonType>(options, "members", "Party members of the group.", RelTypes.MemberOf, Direction.In);
        this.Connection<CentralHouseholdType>(options, "centralHouseholds", "The party-member central households (党员中心户) under the group.", RelTypes.Oversees, Direction.Out);
        this.Connection<HouseholdType>(options, "households", "Households living in the group's grid (exactly one group per household).", RelTypes.Covers, Direction.Out);
        this.Connection<VenueType>(options, "venues", "The group's venues (党小组之家).", RelTypes.HasVenue, Direction.Out);
    }
}
