namespace GovGraph.Domain.ServiceRequests;

/// <summary>One handler on a household's escalation chain: a person (the lower two levels) or an org unit.</summary>
/// <param name="Level">Which of the six levels it is.</param>
/// <param name="Id">The node id a case is ASSIGNED_TO.</param>
public sealed record ChainHandler(EscalationLevel Level, string Id);
