namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The facts about one case that <see cref="ServiceFigures"/> needs, read from a ServiceRequest and its events.
/// </summary>
/// <param name="Id">The case's node id (for the caller's bookkeeping; the figures do not use it).</param>
/// <param name="Category">What the case is about.</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="CreatedAt">When the resident raised it; the statistics window selects cases by this.</param>
/// <param name="AcceptBy">
/// The acceptance limit of its first dispatch: the response rate holds the case to it, since the resident waits
/// from raising, whoever signs. The overdue counts use the current dispatch's (<see cref="CurrentAcceptBy"/>).
/// </param>
/// <param name="DueAt">
/// The due time the resident was given, moved by extensions and reopening but not by a send-back or an
/// escalation: the resolution rate holds the case to it. The overdue counts use the current handler's
/// (<see cref="CurrentDueAt"/>).
/// </param>
/// <param name="AcceptedAt">When a handler first signed for it (签收), or null.</param>
/// <param name="FirstResponseAt">When a handler first contacted the resident (the case started, 办理中), or null.</param>
/// <param name="ResolvedAt">When it was last resolved (已办结); null while open, so a reopened case counts as unresolved.</param>
/// <param name="ClosedAt">When it was closed (销号), or null.</param>
/// <param name="Rating">The resident's latest rating (回访), or null; an unsatisfied rating stays after reopening.</param>
public sealed record CaseSummary(
    string Id,
    RequestCategory Category,
    RequestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset AcceptBy,
    DateTimeOffset DueAt,
    DateTimeOffset? AcceptedAt = null,
    DateTimeOffset? FirstResponseAt = null,
    DateTimeOffset? ResolvedAt = null,
    DateTimeOffset? ClosedAt = null,
    RequestRating? Rating = null)
{
    /// <summary>
    /// The acceptance limit of the current dispatch, when a send-back or an escalation set a new one; null when it
    /// is the first one (<see cref="AcceptBy"/>). A dispatched case is overdue for acceptance against this one, as
    /// the workflow's escalation reckons it (<see cref="RequestWorkflow.IsOverdue"/>).
    /// </summary>
    public DateTimeOffset? CurrentAcceptBy { get; init; }

    /// <summary>
    /// The due time the current handler was given, when a send-back or an escalation set a new one; null when it is
    /// the promised one (<see cref="DueAt"/>). An accepted or in-progress case is overdue against this one, as the
    /// escalation reckons it.
    /// </summary>
    public DateTimeOffset? CurrentDueAt { get; init; }

    /// <summary>The due time the case is held to now: the current handler's.</summary>
    public DateTimeOffset HeldToDueAt => CurrentDueAt ?? DueAt;

    /// <summary>The acceptance limit the case is held to now: the current dispatch's.</summary>
    public DateTimeOffset HeldToAcceptBy => CurrentAcceptBy ?? AcceptBy;
}
