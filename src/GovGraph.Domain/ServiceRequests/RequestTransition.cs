namespace GovGraph.Domain.ServiceRequests;

/// <summary>The outcome of a legal transition: the case's new state and the events to record, in order.</summary>
public sealed record RequestTransition(RequestState State, IReadOnlyList<RequestEventRecord> Events);
