using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GovGraph.Api.Graph.Lists;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy.Traversal;

/// <summary>An org unit of the six-level chain: city, township, village, party group or central household.</summary>
public sealed class OrgUnitInterface : InterfaceGraphType<GraphNode>
{
    public OrgUnitInterface(IOptions<GraphQLOptions> options)
    {
        Name = "OrgUnit";
        Description = "An org unit of the six-level chain (六级联动): City, Township, Village, PartyGroup or CentralHousehold. Traverse it with parent, children, ancestors and descendants (over OVERSEES).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's stable, globally unique id.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The unit's name.");
        Field<NonNullGraphType<IntGraphType>>("level").Description("The unit's level in the chain: 0 city, 1 township, 2 village, 3 party group, 4 central household.");
        Field<OrgUnitInterface>("parent").Description("The unit overseeing this one; null for the city.")
            .Arguments(ListArguments.AsOfDefinition());
        Field<NonNullGraphType<ConnectionGraphType<OrgUnitInterface>>>("children").Description("The units this one oversees directly.")
            .Arguments(PageArguments.Definitions(options.Value))
            .Arguments(ListArguments.Definitions(ListArguments.FilterFor<OrgUnitInterface>()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitInterface>>>>("ancestors").Description("The units above this one, nearest first, up to the city.");
        Field<NonNullGraphType<DescendantConnectionType>>("descendants").Description("Every unit below this one within `maxDepth` levels, each edge with its depth.")
            .Arguments(OrgUnitFields.DescendantArguments(options.Value));
    }
}
