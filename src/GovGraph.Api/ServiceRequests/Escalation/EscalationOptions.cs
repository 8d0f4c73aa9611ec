using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.ServiceRequests.Escalation;

/// <summary>The escalation service's settings (configuration section <c>ServiceRequests:Escalation</c>, checked at start).</summary>
public sealed class EscalationOptions
{
    public const string Section = "ServiceRequests:Escalation";

    /// <summary>
    /// Whether this instance runs the escalation service (default true). Several instances may all run it: a second
    /// pass over the same case finds no step due and writes nothing.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a pass looks for overdue cases (default 1 minute; between 1 second and 1 day).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
