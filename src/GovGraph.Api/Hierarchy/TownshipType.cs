using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class TownshipType : ObjectGraphType<GraphNode>
{
    public TownshipType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.Township, "Township", "A township-level unit: a town or township party committee (乡镇党委) or a street party working committee (街道党工委).");
        this.Text(Props.Name, "The unit's name, e.g. 港口镇.", required: true);
        this.OrgUnit(options, Labels.Township);
        this.Enum<DivisionTypeEnum>(Props.DivisionType, "Street, town or township (街道 / 镇 / 乡).", required: true);
        this.Text(Props.Code, "The administrative division code, where known.");
        this.Single<CityType>("city", "The city committee overseeing this unit.", RelTypes.Oversees, Direction.In);
        this.Connection<VillageType>(options, "villages", "The villages (村党组织) this unit oversees.", RelTypes.Oversees, Direction.Out);
        this.Connection<PersonType>(options, "contactLeaders", "City leaders who contact and guide this unit (包乡走村入户); each leader contacts exactly one unit.", RelTypes.Contacts, Direction.In);
        this.Connection<PersonType>(options, "leaders", "Members of the unit's leadership (乡镇领导班子); the edge's relationship carries the title.", RelTypes.Leads, Direction.In);
    }
}
