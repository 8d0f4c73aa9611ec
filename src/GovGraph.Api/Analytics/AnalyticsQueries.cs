using GovGraph.Api.Analytics.Caching;
using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Analytics;

/// <summary>The analytics root fields: headline figures, unassigned households, coverage and gaps.</summary>
public static class AnalyticsQueries
{
    /// <summary>Households no member links, under a unit: the analysts' first question.</summary>
    public static NodeCriteria Unassigned(string? under) => new()
    {
        Labels = [Labels.Household],
        Under = under,
        Relationships = [new RelationshipFilter(RelTypes.Links, Direction.In, Exists: false)],
    };

    public static void AddTo(ObjectGraphType query, GraphQLOptions options)
    {
        query.Field<NonNullGraphType<StatsType>>("stats")
            .Description("Headline figures of the organisation (DOMAIN.md's table), counted from the graph.")
            .Resolve(_ => new object());

        query.Field<NonNullGraphType<ConnectionGraphType<HouseholdType>>>("unassignedHouseholds")
            .Description("Households under a unit that no member links (no `LINKS`), with `totalCount`; each reaches its village and party group.")
            .Argument<IdGraphType>("under", "The org unit to look under (default: everything the caller sees).")
            .Arguments(PageArguments.Definitions(options))
            .ResolveAsync(async c =>
            {
                var page = PageArguments.From(c, options);
                var under = NodeArguments.OptionalId(c, "under");
                var result = await Cache(c).PageAsync(
                    NodeFields.Loaders(c).Store, "unassigned", under, page.Of(new NodeQuery(Unassigned(under), page.Size)), c.CancellationToken);
                return Connection.From(result);
            });

        query.Field<CoverageType>("coverage")
            .Description("How well member–household links cover the households under an org unit, with the same for each child unit; null for an unknown unit.")
            .Argument<NonNullGraphType<IdGraphType>>("under", "The org unit (city, township, village, party group or central household).")
            .ResolveAsync(async c =>
            {
                var id = NodeArguments.Id(c, "under");
                var store = NodeFields.Loaders(c).Store;
                var unit = (await store.GetNodesAsync([id], c.CancellationToken)).FirstOrDefault();
                if (unit is null)
                {
                    return null;
                }

                if (!Labels.OrgUnits.Contains(unit.Label))
                {
                    throw new GovGraphError(ErrorCodes.InvalidArgument, "`under` must be an org unit.", "under");
                }

                var withChildren = c.SubFields?.Values.Any(f => f.Field.Name.Value == "byChild") == true;
                return await Cache(c).CoverageAsync(store, unit, withChildren, c.CancellationToken);
            });

        query.Field<NonNullGraphType<GapsType>>("gaps")
            .Description("Gaps in the organisation under a unit: villages without a paired agency or instructor, townships without a contact, overloaded members, thin central households.")
            .Argument<IdGraphType>("under", "The org unit to look under (default: everything the caller sees).")
            .Argument<IntGraphType>("maxHouseholdsPerMember", "A member linking more households than this is overloaded (default 20).", a => a.DefaultValue = 20)
            .Argument<IntGraphType>("minAttachedMembers", "A central household with fewer attached members than this is thin (default 5).", a => a.DefaultValue = 5)
            .Resolve(c =>
            {
                var max = c.GetArgument<int>("maxHouseholdsPerMember", 20);
                var min = c.GetArgument<int>("minAttachedMembers", 5);
                if (max < 0 || min < 0)
                {
                    throw new GovGraphError(ErrorCodes.InvalidArgument, "Thresholds must not be negative.", max < 0 ? "maxHouseholdsPerMember" : "minAttachedMembers");
                }

                return new GapsRequest(NodeArguments.OptionalId(c, "under"), max, min);
            });
    }

    /// <summary>The analytics cache the figures go through.</summary>
    public static AnalyticsCache Cache(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AnalyticsCache>();
}
