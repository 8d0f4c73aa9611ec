namespace GovGraph.Api.ServiceRequests.Escalation;

/// <summary>What one escalation pass did.</summary>
/// <param name="At">The instant the pass judged every case at.</param>
/// <param name="Overdue">How many open cases were past their deadline.</param>
/// <param name="Stepped">How many of them got a step recorded (reminded, supervised or escalated).</param>
/// <param name="Failed">How many could not be handled (logged; the next pass tries again).</param>
public sealed record EscalationPass(DateTimeOffset At, int Overdue, int Stepped, int Failed);
