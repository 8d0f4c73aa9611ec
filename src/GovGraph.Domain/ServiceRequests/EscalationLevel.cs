namespace GovGraph.Domain.ServiceRequests;

/// <summary>The six levels a case climbs, lowest first (DOMAIN.md, "How the cloud platform's cases flow").</summary>
public enum EscalationLevel
{
    LinkingMember,
    CentralHouseholdHost,
    PartyGroup,
    Village,
    Township,
    City,
}
