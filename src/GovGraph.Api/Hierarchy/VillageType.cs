using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class VillageType : ObjectGraphType<GraphNode>
{
    public VillageType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.Village, "Village", "A village and its party (general) branch (村党（总）支部).");
        this.Text(Props.Name, "The village's name, e.g. 山门村.", required: true);
        this.OrgUnit(options, Labels.Village);
        this.Text(Props.Code, "The administrative village code, where known.");
        this.Enum<BranchTypeEnum>(Props.BranchType, "The form of the village's party organisation (支部 / 总支 / 党委).", required: true);
        this.Flag(Props.KeyVillage, "True for key villages that receive dispatched cadres (重点村).");
        this.Flag(Props.Synthetic, "True when the name and figures were generated, not reported in public sources.");
        this.Single<TownshipType>("township", "The township-level unit overseeing the village.", RelTypes.Oversees, Direction.In);
        this.Connection<PartyGroupType>(options, "partyGroups", "The village's party groups (村党小组), one per villagers' group or micro-grid.", RelTypes.Oversees, Direction.Out);
        this.Connection<AgencyType>(options, "pairedAgencies", "Agencies, enterprises and institutions paired with the village (结对).", RelTypes.PairedWith, Direction.In);
        this.Connection<PersonType>(options, "instructors", "Village party-building instructors (村党建指导员).", RelTypes.Instructs, Direction.In);
        this.Connection<PersonType>(options, "cadres", "The village's two-committee cadres (村两委干部); the edge's relationship carries committee and title.", RelTypes.ServesOn, Direction.In);
        this.Connection<PersonType>(options, "dispatchedCadres", "Cadres dispatched to the village (选派帮扶); the edge's relationship carries the batch.", RelTypes.StationedIn, Direction.In);
        this.Connection<PersonType>(options, "talents", "Local talents of the village (四带乡土人才); the edge's relationship carries the category.", RelTypes.TalentOf, Direction.In);
        this.Connection<VillageBodyType>(options, "bodies", "The village's other bodies: assembly, committees, supervision, collective economy.", RelTypes.HasBody, Direction.Out);
        this.Connection<VenueType>(options, "venues", "The village's activity venues (村级活动场所).", RelTypes.HasVenue, Direction.Out);
    }
}
