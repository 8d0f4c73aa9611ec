namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// When a case is overdue: the one rule that the workflow's escalation (<see cref="RequestWorkflow.IsOverdue"/>),
/// the queue and the statistics' overdue counts all apply, so they agree. A case is held to one deadline at a
/// time (<see cref="HeldTo"/>): its <c>acceptBy</c> while it waits to be signed for (dispatched), its <c>dueAt</c>
/// while it is being handled (accepted, in progress), none once resolved. A dispatched case past its <c>dueAt</c>
/// is overdue for acceptance only: nobody has it to resolve yet, and the escalation climbs on its acceptance limit.
/// A deadline is met up to and including its instant ("accept by 10:30" is met at 10:30:00), so a case is overdue
/// only strictly after it.
/// </summary>
public static class Deadlines
{
    /// <summary>Whether the case is still being handled: dispatched, accepted or in progress.</summary>
    public static bool IsOpen(RequestStatus status) =>
        status is RequestStatus.Dispatched or RequestStatus.Accepted or RequestStatus.InProgress;

    /// <summary>
    /// The deadline a case in <paramref name="status"/> is held to: <paramref name="acceptBy"/> (of the current
    /// dispatch) while dispatched, <paramref name="dueAt"/> while accepted or in progress, none otherwise.
    /// </summary>
    public static DateTimeOffset? HeldTo(RequestStatus status, DateTimeOffset acceptBy, DateTimeOffset dueAt) => status switch
    {
        RequestStatus.Dispatched => acceptBy,
        RequestStatus.Accepted or RequestStatus.InProgress => dueAt,
        _ => null,
    };

    /// <summary>Whether the case has passed the deadline it is held to (<see cref="HeldTo"/>).</summary>
    public static bool IsOverdue(RequestStatus status, DateTimeOffset acceptBy, DateTimeOffset dueAt, DateTimeOffset now) =>
        HeldTo(status, acceptBy, dueAt) is { } deadline && now > deadline;

    /// <summary>Whether a dispatched case has not been signed for by <paramref name="acceptBy"/> (its current dispatch's).</summary>
    public static bool IsAcceptanceOverdue(RequestStatus status, DateTimeOffset acceptBy, DateTimeOffset now) =>
        status == RequestStatus.Dispatched && now > acceptBy;

    /// <summary>Whether an accepted or in-progress case has not been resolved by <paramref name="dueAt"/>.</summary>
    public static bool IsResolutionOverdue(RequestStatus status, DateTimeOffset dueAt, DateTimeOffset now) =>
        status is RequestStatus.Accepted or RequestStatus.InProgress && now > dueAt;
}
