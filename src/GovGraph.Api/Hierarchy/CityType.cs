using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class CityType : ObjectGraphType<GraphNode>
{
    public CityType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.City, "City", "The city party committee (市委): the root of the six-level chain (六级联动).");
        this.Text(Props.Name, "The committee's name, e.g. 中共宁国市委.", required: true);
        this.OrgUnit(options, Labels.City);
        this.Connection<TownshipType>(options, "townships", "The township-level units the city oversees (乡镇党委 / 街道党工委).", RelTypes.Oversees, Direction.Out);
        this.Connection<UniversityType>(options, "partnerUniversities", "Partner universities cooperating with the city (校地合作).", RelTypes.CooperatesWith, Direction.In);
    }
}
