using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy;

public sealed class VillageBodyType : ObjectGraphType<GraphNode>
{
    public VillageBodyType(IOptions<GraphQLOptions> options)
    {
        this.NodeBasics(Labels.VillageBody, "VillageBody", "One of a village's bodies beside the party organisation, headed by party-organisation members (交叉任职).");
        this.Text(Props.Name, "The body's name, e.g. 山门村村民委员会.", required: true);
        this.Enum<VillageBodyKindEnum>(Props.Kind, "Which body it is.", required: true);
        this.Single<VillageType>("village", "The village the body belongs to.", RelTypes.HasBody, Direction.In);
        this.Connection<PersonType>(options, "heads", "The people heading the body.", RelTypes.Heads, Direction.In);
    }
}
