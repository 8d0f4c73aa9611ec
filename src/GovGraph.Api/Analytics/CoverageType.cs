using GovGraph.Api.Graph;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.Model;
using GovGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.Analytics;

/// <summary>How well member–household links cover the households under an org unit.</summary>
public sealed class CoverageType : ObjectGraphType<CoverageResult>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "How well member–household links (联户) cover the households under an org unit, from current relationships.";
        Field<NonNullGraphType<OrgUnitInterface>>("unit")
            .Description("The org unit these figures are for.")
            .Resolve(c => c.Source.Unit);
        Count("households", "Households under the unit.", f => f.Households);
        Count("linked", "Households under the unit that a member links.", f => f.Linked);
        Count("unassigned", "Households under the unit that no member links.", f => f.Unassigned);
        Field<NonNullGraphType<FloatGraphType>>("ratio")
            .Description("The share of households linked, 0–1 (1 when there are no households).")
            .Resolve(c => c.Source.Figures.Ratio);
        Count("members", "Party members under the unit.", f => f.Members);
        Field<NonNullGraphType<HouseholdsPerMemberType>>("householdsPerMember")
            .Description("How many households each linking member links: average and maximum.")
            .Resolve(c => c.Source.Figures);
        Count("centralHouseholds", "Central households (党员中心户) under the unit.", f => f.CentralHouseholds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageType>>>>("byChild")
            .Description("The same figures for each unit this one oversees directly, in the graph's order unless sorted.")
            .Argument<CoverageOrderInput>("orderBy", "Sort the children (default: the graph's order).")
            .ResolveAsync(async c =>
            {
                // Children come with the unit when the query asked for both; nested byChild fetches its own.
                var children = c.Source.Children
                    ?? (await AnalyticsQueries.Cache(c).CoverageAsync(NodeFields.Loaders(c).Store, c.Source.Unit, withChildren: true, c.CancellationToken)).Children!;
                return CoverageOrdering.Apply(children, c.GetArgument<Dictionary<string, object?>?>("orderBy")).ToList();
            });
    }

    /// <summary>
    /// A unit's coverage and, when asked, its children's, in one coverage call: the store answers a unit and the
    /// units inside it in one pass, so asking for both together costs little more than the unit alone.
    /// </summary>
    public static async Task<CoverageResult> ForUnitAsync(IGraphStore store, GraphNode unit, bool withChildren, CancellationToken ct)
    {
        var unitId = unit.Id;
        var units = new List<GraphNode>();
        if (withChildren)
        {
            var children = await store.GetNeighboursAsync(
                new NeighbourQuery([unitId], RelTypes.Oversees, Direction.Out, 10_000, IncludeTotal: false), ct);
            units.AddRange(children[unitId].Items.Select(i => i.Node));
        }

        var figures = await store.GetCoverageAsync([unitId, .. units.Select(u => u.Id)], ct);
        var rows = units.Where(u => figures.ContainsKey(u.Id)).Select(u => new CoverageResult(u, figures[u.Id])).ToList();
        return new CoverageResult(unit, figures[unitId], withChildren ? rows : null);
    }

    private void Count(string name, string description, Func<Storage.CoverageFigures, long> value) =>
        Field<NonNullGraphType<IntGraphType>>(name).Description(description).Resolve(c => checked((int)value(c.Source.Figures)));
}
