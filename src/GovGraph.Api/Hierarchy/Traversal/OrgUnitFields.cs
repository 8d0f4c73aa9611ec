using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Hierarchy.Traversal;

/// <summary>The traversal fields every org unit type declares (the <c>OrgUnit</c> interface).</summary>
public static class OrgUnitFields
{
    /// <summary>The labels below the city, the ones <c>descendants</c> can return.</summary>
    private static readonly string[] BelowCity = [.. Labels.OrgUnits.Skip(1)];

    /// <summary>The arguments of <c>descendants</c>, shared by the interface and every implementation.</summary>
    public static QueryArgument[] DescendantArguments(GraphQLOptions options) =>
    [
        new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "maxDepth", Description = "How many levels down to go (1 = children; the chain is at most 4 deep)." },
        new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "labels", Description = "Only units with these labels (Township, Village, PartyGroup, CentralHousehold); all when omitted." },
        .. PageArguments.Definitions(options),
    ];

    public static void OrgUnit(this ObjectGraphType<GraphNode> type, IOptions<GraphQLOptions> options, string label)
    {
        var level = Labels.OrgUnits.ToList().IndexOf(label);
        type.Interface<OrgUnitInterface>();
        type.Field<NonNullGraphType<IntGraphType>>("level")
            .Description("The unit's level in the chain: 0 city, 1 township, 2 village, 3 party group, 4 central household.")
            .Resolve(_ => level);
        type.Single<OrgUnitInterface>("parent", "The unit overseeing this one; null for the city.", RelTypes.Oversees, Direction.In);
        type.Connection<OrgUnitInterface>(options, "children", "The units this one oversees directly (OVERSEES).", RelTypes.Oversees, Direction.Out);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitInterface>>>>("ancestors")
            .Description("The units above this one, nearest first, up to the city.")
            .Resolve(c =>
            {
                var loaders = NodeFields.Loaders(c);
                return loaders.AncestorIds(c.Source.Id).Then(ids => loaders.NodesInOrder(ids));
            });
        type.Field<NonNullGraphType<DescendantConnectionType>>("descendants")
            .Description("Every unit below this one within `maxDepth` levels (over OVERSEES), shallowest first; each edge has its depth and `totalCount` counts them all.")
            .Arguments(DescendantArguments(options.Value))
            .ResolveAsync(async c =>
            {
                var maxDepth = c.GetArgument<int>("maxDepth");
                if (maxDepth is < 1 or > 10)
                {
                    throw new GovGraphError(ErrorCodes.InvalidArgument, "`maxDepth` must be between 1 and 10.", "maxDepth");
                }

                var labels = c.GetArgument<List<string>?>("labels");
                if (labels?.FirstOrDefault(l => !BelowCity.Contains(l)) is { } unknown)
                {
                    throw new GovGraphError(ErrorCodes.UnknownLabel, $"`{unknown}` is not an org unit below the city; use {string.Join(", ", BelowCity)}.", "labels");
                }

                var page = PageArguments.From(c, options.Value);
                var criteria = new NodeCriteria { Under = c.Source.Id, MinDepth = 1, MaxDepth = maxDepth, Labels = labels ?? (IReadOnlyCollection<string>)BelowCity };
                var result = await NodeFields.Loaders(c).Store.FindNodesAsync(page.Of(new NodeQuery(criteria, page.Size)), c.CancellationToken);
                return Connection.From(result);
            });
    }
}
