using System.Xml;
using GraphQL.Types;

namespace GovGraph.Api.ServiceRequests.Stats;

/// <summary>A length of time, as seconds for arithmetic and as an ISO-8601 duration for display.</summary>
public sealed class DurationType : ObjectGraphType<TimeSpan>
{
    public DurationType()
    {
        Name = "Duration";
        Description = "A length of time: `seconds` for arithmetic and sorting, `iso` (ISO-8601, e.g. `PT25M`, `P5DT16H`) for display.";
        Field<NonNullGraphType<FloatGraphType>>("seconds")
            .Description("The length in seconds, fractions included.")
            .Resolve(c => c.Source.TotalSeconds);
        Field<NonNullGraphType<StringGraphType>>("iso")
            .Description("The length as an ISO-8601 duration with days, hours, minutes and seconds (`P2DT15H`, `PT25M`, `PT0S`); a day is 24 hours.")
            .Resolve(c => Iso(c.Source));
    }

    /// <summary>The ISO-8601 (xsd:duration) form: days, hours, minutes, seconds; no months or years, which vary in length.</summary>
    public static string Iso(TimeSpan duration) => XmlConvert.ToString(duration);
}
