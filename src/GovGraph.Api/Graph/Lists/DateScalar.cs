using GraphQL.Types;

namespace GovGraph.Api.Graph.Lists;

/// <summary>The <c>Date</c> scalar: an ISO-8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date, ISO-8601 `yyyy-MM-dd`, e.g. `2023-05-01`.";
    }
}
