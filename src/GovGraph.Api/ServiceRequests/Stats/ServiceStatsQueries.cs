using GovGraph.Api.Analytics;
using GovGraph.Api.Errors;
using GovGraph.Api.Graph;
using GovGraph.Api.Graph.Lists;
using GovGraph.Domain.Model;
using GraphQL;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>The root field <c>serviceStats</c>: the cloud platform's figures for a unit's subtree.</summary>
public static class ServiceStatsQueries
{
    /// <summary>
    /// The longest window: a year, a leap day included. The figures read every case in the window, so the window
    /// bounds the work of one query as the seeded data and real use grow.
    /// </summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<ServiceStatsType>("serviceStats")
            .Description("The cloud platform's figures (response, resolution and satisfaction rates, median times, overdue counts) for the cases raised under an org unit in [from, to), seen now, with `byChild`; null for an unknown unit or one outside the caller's scope.")
            .Argument<IdGraphType>("under", "The org unit (default: the caller's scope unit, else the city).")
            .Argument<NonNullGraphType<DateTimeScalar>>("from", "The window's start, included: cases raised at or after it.")
            .Argument<NonNullGraphType<DateTimeScalar>>("to", $"The window's end, excluded: cases raised before it. At most {MaxWindow.TotalDays:0} days after `from`, and not before it.")
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateTimeOffset>("from");
                var to = c.GetArgument<DateTimeOffset>("to");
                if (to < from)
                {
                    throw new GovGraphError(ErrorCodes.InvalidWindow, $"The window ends ({to:O}) before it starts ({from:O}).", "to");
                }

                if (to - from > MaxWindow)
                {
                    throw new GovGraphError(ErrorCodes.InvalidWindow, $"The window is longer than {MaxWindow.TotalDays:0} days; ask for one year at a time.", "to");
                }

                var under = NodeArguments.OptionalId(c, "under");
                var unit = await UnitAsync(c, under);
                if (unit is null)
                {
                    return null;
                }

                if (!Labels.OrgUnits.Contains(unit.Label))
                {
                    throw new GovGraphError(ErrorCodes.InvalidArgument, "`under` must be an org unit.", "under");
                }

                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var withChildren = c.SubFields?.Values.Any(f => f.Field.Name.Value == "byChild") == true;
                return await ServiceStatsReader.ForUnitAsync(AnalyticsQueries.Cache(c), NodeFields.Loaders(c).Store, unit, from, to, now, withChildren, c.CancellationToken);
            });
    }

    // The unit named, else the caller's scope unit (null when that is no org unit), else the city.
    private static async Task<GraphNode?> UnitAsync(IResolveFieldContext context, string? under)
    {
        var node = await NodeFields.Loaders(context).UnderOrScopeAsync(under, context.CancellationToken);
        return under is null && node is not null && !Labels.OrgUnits.Contains(node.Label) ? null : node;
    }
}
