namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// Where a case stands (DOMAIN.md, "How the cloud platform's cases flow"): dispatched to a handler and waiting to be
/// signed for (签收), accepted, in progress (办理中), resolved (已办结), rated by the resident (回访), closed (销号).
/// A send-back (退单) or an escalation dispatches it again, one level up; an unsatisfied rating reopens it (重办).
/// </summary>
public enum RequestStatus
{
    Dispatched,
    Accepted,
    InProgress,
    Resolved,
    Rated,
    Closed,
}
