namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The settings of <see cref="RequestWorkflow"/> that are not per-category time limits (those are computed by the
/// caller and passed in as instants).
/// </summary>
public sealed record RequestWorkflowOptions
{
    /// <summary>The defaults: two extensions, closing without a rating after 7 days, overdue steps 2 hours apart.</summary>
    public static RequestWorkflowOptions Default { get; } = new();

    /// <summary>How many extensions a case may be granted over its whole life.</summary>
    public int MaxExtensions { get; init; } = 2;

    /// <summary>How long after its resolution a case the resident has not rated may be closed (销号) anyway.</summary>
    public TimeSpan CloseWithoutRatingAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long after a reminder (催办) the supervision (督办) comes, and after the supervision the escalation (提级),
    /// when nothing happens meanwhile. Two hours: the time a township example gives for first contact.
    /// </summary>
    public TimeSpan OverdueStepInterval { get; init; } = TimeSpan.FromHours(2);
}
