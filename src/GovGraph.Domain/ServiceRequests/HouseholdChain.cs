namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// What the caller knows about the chain above one household, read from the graph: the member who LINKS it, the
/// central household that member is ATTACHED_TO and the person who HOSTS it, then the OVERSEES chain from the
/// household's party group up to the city. Any of them may be absent (an unassigned household has no linking
/// member, a member may be attached to no central household).
/// </summary>
/// <param name="LinkingMemberId">The person who LINKS the household, or null when it is unassigned.</param>
/// <param name="CentralHouseholdId">The central household the linking member is attached to, if any.</param>
/// <param name="CentralHouseholdHostId">The person who HOSTS that central household, if known.</param>
/// <param name="PartyGroupId">The party group covering the household.</param>
/// <param name="VillageId">The village overseeing the party group.</param>
/// <param name="TownshipId">The township overseeing the village.</param>
/// <param name="CityId">The city at the top.</param>
public sealed record HouseholdChain(
    string? LinkingMemberId,
    string? CentralHouseholdId,
    string? CentralHouseholdHostId,
    string? PartyGroupId,
    string? VillageId,
    string? TownshipId,
    string? CityId);
