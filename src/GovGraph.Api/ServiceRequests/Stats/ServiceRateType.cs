using GovGraph.Domain.ServiceRequests;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>A rate as its two counts and their ratio.</summary>
public sealed class ServiceRateType : ObjectGraphType<Rate>
{
    public ServiceRateType()
    {
        Name = "ServiceRate";
        Description = "A rate kept as its two counts (so parents' rates are the sums of their children's counts) and their ratio.";
        Field<NonNullGraphType<IntGraphType>>("met").Description("The cases that met the rule.").Resolve(c => c.Source.Met);
        Field<NonNullGraphType<IntGraphType>>("outOf").Description("The cases the rule was judged on (those whose outcome is already decided).").Resolve(c => c.Source.OutOf);
        Field<FloatGraphType>("value")
            .Description("`met ÷ outOf`, 0–1; null when no case was judged (no rate rather than a false 0 or 1).")
            .Resolve(c => c.Source.Value);
    }
}
