namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// What <see cref="RequestWorkflow"/> needs to know of a case, and all it changes: the stored properties of a
/// <c>ServiceRequest</c> node minus what the resident wrote (category, description, channel), which no transition
/// touches. <see cref="Assignee"/> is the id of the node the current <c>ASSIGNED_TO</c> points at.
/// </summary>
public sealed record RequestState(
    RequestStatus Status,
    string Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset AcceptBy,
    DateTimeOffset DueAt)
{
    /// <summary>How many extensions the case has been granted, over its whole life (<c>extensions</c>).</summary>
    public int Extensions { get; init; }

    /// <summary>
    /// How many overdue steps (reminder, then supervision) were recorded against the current deadline
    /// (<c>overdueSteps</c>, 0–2). Anything that sets a new deadline starts it again at 0.
    /// </summary>
    public int OverdueSteps { get; init; }

    /// <summary>When the last reminder or supervision was recorded (<c>lastUrgedAt</c>), while any was.</summary>
    public DateTimeOffset? LastUrgedAt { get; init; }

    /// <summary>When it was resolved (<c>resolvedAt</c>), while it stands resolved, rated or closed.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>What the handler did (<c>resolutionNote</c>), while it stands resolved, rated or closed.</summary>
    public string? ResolutionNote { get; init; }

    /// <summary>The latest rating (<c>rating</c>); an unsatisfied one stays until the next rating replaces it.</summary>
    public RequestRating? Rating { get; init; }

    /// <summary>When it was closed (<c>closedAt</c>).</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>
    /// The acceptance limit of the first dispatch (<c>firstAcceptBy</c>): the response rate holds the case to it,
    /// whoever signs, since the resident waits from raising. Null only on cases stored before it was kept; readers
    /// fall back to <see cref="AcceptBy"/>.
    /// </summary>
    public DateTimeOffset? FirstAcceptBy { get; init; }

    /// <summary>
    /// The due time the resident was given (<c>promisedDueAt</c>): set when raised, moved by a granted extension or
    /// a reopening, but not by a send-back or an escalation, which give the new handler fresh limits while the
    /// resident still waits. The resolution rate holds the case to it. Null only on cases stored before it was
    /// kept; readers fall back to <see cref="DueAt"/>.
    /// </summary>
    public DateTimeOffset? PromisedDueAt { get; init; }

    /// <summary>When a handler first signed for the case (<c>acceptedAt</c>); a later signing keeps the first.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When a handler first started work (<c>startedAt</c>, the first response); a reopening keeps it.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
