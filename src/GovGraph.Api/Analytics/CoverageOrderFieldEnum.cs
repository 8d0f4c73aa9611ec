using GraphQL.Types;

namespace GovGraph.Api.Analytics;

public sealed class CoverageOrderFieldEnum : EnumerationGraphType
{
    public CoverageOrderFieldEnum()
    {
        Name = "CoverageOrderField";
        Description = "What `byChild` is sorted by.";
        Add("NAME", "NAME", "The child unit's name.");
        Add("HOUSEHOLDS", "HOUSEHOLDS", "Households under the child.");
        Add("LINKED", "LINKED", "Linked households under the child.");
        Add("UNASSIGNED", "UNASSIGNED", "Unassigned households under the child.");
        Add("RATIO", "RATIO", "The share of households linked.");
        Add("MEMBERS", "MEMBERS", "Party members under the child.");
        Add("CENTRAL_HOUSEHOLDS", "CENTRAL_HOUSEHOLDS", "Central households under the child.");
    }
}

public sealed class CoverageOrderInput : InputObjectGraphType<object>
{
    public CoverageOrderInput()
    {
        Name = "CoverageOrder";
        Description = "How to sort `byChild`: a field and a direction (default ascending).";
        Field<NonNullGraphType<CoverageOrderFieldEnum>>("field").Description("What to sort by.");
        Field<Graph.Lists.OrderDirectionEnum>("direction").Description("ASC (default) or DESC.");
    }
}
