using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class UniversityType : ObjectGraphType<GraphNode>
{
    public UniversityType()
    {
        this.NodeBasics(Labels.University, "University", "A partner university (校地合作), such as 南京林业大学.");
        this.Text(Props.Name, "The university's name.", required: true);
        this.Flag(Props.Synthetic, "True when the partnership is generated, not reported in public sources.");
        this.Single<CityType>("city", "The city the university cooperates with.", RelTypes.CooperatesWith, Direction.Out);
    }
}
