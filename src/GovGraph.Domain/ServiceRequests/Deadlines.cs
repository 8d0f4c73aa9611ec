namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// When a case is overdue. A deadline is met up to and including its instant ("accept by 10:30" is met at
/// 10:30:00), so a case is overdue only strictly after it. The escalation service and the statistics share these
/// so that the queue, the escalations and the overdue counts agree.
/// </summary>
public static class Deadlines
{
    /// <summary>Whether the case is still being handled: dispatched, accepted or in progress.</summary>
    public static bool IsOpen(RequestStatus status) =>
        status is RequestStatus.Dispatched or RequestStatus.Accepted or RequestStatus.InProgress;

    /// <summary>Whether a dispatched case has not been signed for by <paramref name="acceptBy"/>.</summary>
    public static bool IsAcceptanceOverdue(RequestStatus status, DateTimeOffset acceptBy, DateTimeOffset now) =>
        status == RequestStatus.Dispatched && now > acceptBy;

    /// <summary>Whether an open case has not been resolved by <paramref name="dueAt"/>.</summary>
    public static bool IsResolutionOverdue(RequestStatus status, DateTimeOffset dueAt, DateTimeOffset now) =>
        IsOpen(status) && now > dueAt;
}
