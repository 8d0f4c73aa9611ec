using GovGraph.Domain.ServiceRequests;

namespace GovGraph.Storage.Seeding;

/// <summary>
/// One seeded case as <see cref="RequestWorkflow"/> left it at the seed's reference time: its state, every event
/// it recorded, and every handler it was assigned to (the last one current, the others ended).
/// </summary>
internal sealed record SimulatedCase(
    RequestState State, IReadOnlyList<RequestEventRecord> Events, IReadOnlyList<CaseAssignment> Assignments);

/// <summary>One ASSIGNED_TO of a seeded case: from when, and until when when a send-back or escalation ended it.</summary>
internal sealed record CaseAssignment(string Assignee, DateTimeOffset Since, DateTimeOffset? Until);
