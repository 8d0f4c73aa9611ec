using GovGraph.Api.Analytics;
using GovGraph.Api.Graph;
using GovGraph.Api.Graph.Lists;
using GovGraph.Api.Hierarchy.Traversal;
using GovGraph.Domain.ServiceRequests;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>The figures an org unit is judged on for the cases raised under it in a window (DOMAIN.md: response, resolution, satisfaction).</summary>
public sealed class ServiceStatsType : ObjectGraphType<ServiceStatsResult>
{
    public ServiceStatsType()
    {
        Name = "ServiceStats";
        Description = "The cloud platform's figures for the cases raised under an org unit in a window [from, to), as seen at `now`: "
            + "the three rates units are judged on, median times, and what is overdue now. A rate judges only the cases whose outcome is decided at `now`.";
        Field<NonNullGraphType<OrgUnitInterface>>("unit").Description("The org unit these figures are for.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<DateTimeScalar>>("from").Description("The window's start (included): cases raised at or after it count.").Resolve(c => c.Source.Figures.From);
        Field<NonNullGraphType<DateTimeScalar>>("to").Description("The window's end (excluded): cases raised before it count.").Resolve(c => c.Source.Figures.To);
        Field<NonNullGraphType<DateTimeScalar>>("now").Description("The instant the figures describe (the server's clock when asked).").Resolve(c => c.Source.Figures.Now);
        Field<NonNullGraphType<IntGraphType>>("cases").Description("Cases raised under the unit in the window.").Resolve(c => c.Source.Figures.Cases);
        Rate("response", "Response rate (响应率): of the cases signed for or past their first acceptance limit, those signed for by it.", f => f.Response);
        Rate("resolution", "Resolution rate (办结率): of the cases resolved or past their due time, those resolved by it. A reopened case is unresolved.", f => f.Resolution);
        Rate("satisfaction", "Satisfaction rate (满意率): of the rated cases, those rated satisfied or basically satisfied (the latest rating).", f => f.Satisfaction);
        Duration("medianTimeToAccept", "The median time from raising to the first signing (签收), over the signed-for cases; null when none.", f => f.MedianTimeToAccept);
        Duration("medianTimeToFirstResponse", "The median time from raising to the first start of work (the first contact), over the started cases; null when none.", f => f.MedianTimeToFirstResponse);
        Duration("medianTimeToResolve", "The median time from raising to resolution, over the cases resolved now; null when none.", f => f.MedianTimeToResolve);
        Count("overdueForAcceptance", "Cases waiting to be signed for past the acceptance limit of their current dispatch.", f => f.OverdueForAcceptance);
        Count("overdueForResolution", "Cases accepted or in progress past their due time.", f => f.OverdueForResolution);
        Count("overdue", "Cases overdue now, by the rule the escalation applies (each case is held to one deadline at a time): the sum of the two counts above.", f => f.Overdue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceStatsType>>>>("byChild")
            .Description("The same figures for each unit this one oversees directly, in the graph's order (cases raised under the unit but under none of them, such as households a party group covers itself, count only in the unit's figures).")
            .ResolveAsync(async c =>
            {
                // Children come with the unit when the query asked for both; a nested byChild reads its own.
                if (c.Source.Children is { } children)
                {
                    return children;
                }

                var f = c.Source.Figures;
                var read = await ServiceStatsReader.ForUnitAsync(AnalyticsQueries.Cache(c), NodeFields.Loaders(c).Store, c.Source.Unit, f.From, f.To, f.Now, withChildren: true, c.CancellationToken);
                return read.Children;
            });
    }

    private void Rate(string name, string description, Func<ServiceFigures, Rate> rate) =>
        Field<NonNullGraphType<ServiceRateType>>(name).Description(description).Resolve(c => rate(c.Source.Figures));

    private void Duration(string name, string description, Func<ServiceFigures, TimeSpan?> duration) =>
        Field<DurationType>(name).Description(description).Resolve(c => duration(c.Source.Figures));

    private void Count(string name, string description, Func<ServiceFigures, int> count) =>
        Field<NonNullGraphType<IntGraphType>>(name).Description(description).Resolve(c => count(c.Source.Figures));
}
