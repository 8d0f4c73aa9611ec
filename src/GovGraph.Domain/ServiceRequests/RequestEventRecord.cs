namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// One step of a case's history, to be stored as a <c>RequestEvent</c> node joined by <c>HAS_EVENT</c> and
/// published in the change feed. <see cref="FromAssignee"/> and <see cref="ToAssignee"/> are node ids: both set
/// when the step moved the case to another handler, only <see cref="ToAssignee"/> when it names the one
/// dispatched to, accepting or reminded.
/// </summary>
public sealed record RequestEventRecord(
    RequestEventType Type,
    DateTimeOffset At,
    string Actor,
    string? Note = null,
    string? FromAssignee = null,
    string? ToAssignee = null);
