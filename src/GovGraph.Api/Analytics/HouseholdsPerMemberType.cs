using GovGraph.Storage;
using GraphQL.Types;

namespace GovGraph.Api.Analytics;

public sealed class HouseholdsPerMemberType : ObjectGraphType<CoverageFigures>
{
    public HouseholdsPerMemberType()
    {
        Name = "HouseholdsPerMember";
        Description = "How many households the linking members under a unit link (联户 load).";
        Field<NonNullGraphType<FloatGraphType>>("avg").Description("Linked households per member who links any (0 when none link).").Resolve(c => c.Source.AverageHouseholdsPerMember);
        Field<NonNullGraphType<IntGraphType>>("max").Description("The most households one person under the unit links.").Resolve(c => checked((int)c.Source.MaxHouseholdsPerMember));
    }
}
