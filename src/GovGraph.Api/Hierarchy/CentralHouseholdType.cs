using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class CentralHouseholdType : ObjectGraphType<GraphNode>
{
    public CentralHouseholdType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.CentralHousehold, "CentralHousehold", "A party-member central household (党员中心户): a member's household that gathers 5–15 party members.");
        this.Text(Props.Name, "The central household's name.", required: true);
        this.OrgUnit(options, Labels.CentralHousehold);
        this.Single<PartyGroupType>("partyGroup", "The party group overseeing this central household.", RelTypes.Oversees, Direction.In);
        this.Single<PersonType>("host", "The party member whose household this is.", RelTypes.Hosts, Direction.In);
        this.Connection<PersonType>(options, "attachedMembers", "Party members organised under this central household.", RelTypes.AttachedTo, Direction.In);
    }
}
