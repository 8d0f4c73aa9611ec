using GraphQL.Types;

namespace GovGraph.Api.Analytics;

/// <summary>The analytics root fields.</summary>
public static class AnalyticsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StatsType>>("stats")
            .Description("Headline figures of the organisation (DOMAIN.md's table), counted from the graph.")
            .Resolve(_ => new object());
    }
}
