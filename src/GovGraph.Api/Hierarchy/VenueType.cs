using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy;

public sealed class VenueType : ObjectGraphType<GraphNode>
{
    public VenueType()
    {
        this.NodeBasics(Labels.Venue, "Venue", "An activity venue: a village activity venue or a party-group home (党小组之家).");
        this.Text(Props.Name, "The venue's name.", required: true);
        this.Enum<VenueKindEnum>(Props.Kind, "Village centre or party-group home.", required: true);
        this.Number(Props.BuiltYear, "The year it was built or enlarged, where recorded.");
        Field<FloatGraphType>(Props.InvestmentYuan)
            .Description("The investment in it, in yuan (元), where recorded.")
            .Resolve(c => c.Source.GetDouble(Props.InvestmentYuan));
        this.Single<NodeInterface>("owner", "The village or party group the venue belongs to.", RelTypes.HasVenue, Direction.In);
    }
}
