using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class AgencyType : ObjectGraphType<GraphNode>
{
    public AgencyType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.Agency, "Agency", "An organ, enterprise or public institution (机关 / 企业 / 事业单位) paired with villages (结对).");
        this.Text(Props.Name, "The agency's name.", required: true);
        this.Enum<AgencyCategoryEnum>(Props.Category, "Organ, enterprise or institution.", required: true);
        this.Connection<VillageType>(options, "pairedVillages", "Villages the agency is paired with (结对).", RelTypes.PairedWith, Direction.Out);
    }
}
