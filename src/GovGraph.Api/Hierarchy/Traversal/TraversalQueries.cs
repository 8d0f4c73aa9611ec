using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Domain.Model;
using GovGraph.Storage.Traversal;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Hierarchy.Traversal;

/// <summary>Root fields that walk the graph: shortest paths and a household's chain of responsibility.</summary>
public static class TraversalQueries
{
    /// <summary>Longest path <c>path</c> searches for.</summary>
    public const int MaxPathLength = 12;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<PathType>("path")
            .Description("The shortest path between two nodes ignoring direction, over the given relationship types (default all); null when there is none within `maxLength`.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where the path starts.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where the path ends.")
            .Argument<IntGraphType>("maxLength", $"The longest path to look for, 1–{MaxPathLength} (default 8).", a => a.DefaultValue = 8)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Only cross relationships of these types, e.g. `[\"OVERSEES\", \"COVERS\"]`; all when omitted.")
            .Arguments(Graph.Lists.ListArguments.AsOfDefinition())
            .ResolveAsync(async c =>
            {
                var from = NodeArguments.Id(c, "from");
                var to = NodeArguments.Id(c, "to");
                var maxLength = c.GetArgument<int>("maxLength", 8);
                if (maxLength is < 1 or > MaxPathLength)
                {
                    throw new GovGraphError(ErrorCodes.InvalidArgument, $"`maxLength` must be between 1 and {MaxPathLength}.", "maxLength");
                }

                var types = c.GetArgument<List<string>?>("types");
                if (types?.FirstOrDefault(t => !RelTypes.IsKnown(t)) is { } unknown)
                {
                    throw new GovGraphError(ErrorCodes.UnknownRelationshipType, $"`{unknown}` is not a relationship type; types are {string.Join(", ", RelTypes.All)}.", "types");
                }

                return await PathFinder.ShortestPathAsync(
                    NodeFields.Loaders(c).Store, from, to, maxLength, types, c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("chainOfResponsibility")
            .Description("Who answers for a household, bottom up: the household, its linking member, the central household that member is attached to, the party group, village, township and city. Without a linking member the chain continues from the household's party group. Empty for an unknown household.")
            .Argument<NonNullGraphType<IdGraphType>>("household", "The household's id.")
            .ResolveAsync(async c =>
            {
                var id = NodeArguments.Id(c, "household");
                var store = NodeFields.Loaders(c).Store;
                var household = (await store.GetNodesAsync([id], c.CancellationToken)).FirstOrDefault();
                if (household is null)
                {
                    return Array.Empty<GraphNode>();
                }

                return household.Label == Labels.Household
                    ? await ChainOfResponsibility.ForHouseholdAsync(store, household, c.CancellationToken)
                    : throw new GovGraphError(ErrorCodes.InvalidArgument, "`household` must be the id of a household.", "household");
            });
    }
}
