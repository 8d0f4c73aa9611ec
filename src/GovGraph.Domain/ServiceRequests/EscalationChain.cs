namespace GovGraph.Domain.ServiceRequests;

/// <summary>
/// The handlers a household's cases climb, in order: linking member → central-household host → party group →
/// village → township → city. Absent levels are skipped, and so is the host when the host is the linking member
/// (the case would otherwise "escalate" to the person already holding it).
/// </summary>
public sealed class EscalationChain
{
    /// <summary>Builds the chain of one household.</summary>
    public EscalationChain(HouseholdChain household)
    {
        ArgumentNullException.ThrowIfNull(household);

        var handlers = new List<ChainHandler>();
        Add(handlers, EscalationLevel.LinkingMember, household.LinkingMemberId);
        if (household.CentralHouseholdHostId != household.LinkingMemberId)
        {
            Add(handlers, EscalationLevel.CentralHouseholdHost, household.CentralHouseholdHostId);
        }

        Add(handlers, EscalationLevel.PartyGroup, household.PartyGroupId);
        Add(handlers, EscalationLevel.Village, household.VillageId);
        Add(handlers, EscalationLevel.Township, household.TownshipId);
        Add(handlers, EscalationLevel.City, household.CityId);
        Handlers = handlers;
    }

    /// <summary>The present levels, lowest first.</summary>
    public IReadOnlyList<ChainHandler> Handlers { get; }

    /// <summary>
    /// Where a new case goes: the linking member, else the lowest present level; null only when the chain is
    /// empty (nothing is known about the household).
    /// </summary>
    public ChainHandler? First => Handlers.Count > 0 ? Handlers[0] : null;

    /// <summary>Whether <paramref name="assigneeId"/> is one of the chain's handlers.</summary>
    public bool Contains(string assigneeId) => IndexOf(assigneeId) >= 0;

    /// <summary>
    /// The level above <paramref name="currentAssigneeId"/>: where a send-back (退单) or an escalation (提级) sends
    /// the case. Null at the top (the city, or the highest present level), and null when the assignee is not on
    /// this chain; <see cref="Contains"/> tells the two apart, and a case whose handler has left the chain (the
    /// household moved meanwhile) can restart at <see cref="First"/>.
    /// </summary>
    public ChainHandler? Next(string currentAssigneeId)
    {
        var index = IndexOf(currentAssigneeId);
        return index >= 0 && index + 1 < Handlers.Count ? Handlers[index + 1] : null;
    }

    private int IndexOf(string assigneeId)
    {
        for (var i = 0; i < Handlers.Count; i++)
        {
            if (Handlers[i].Id == assigneeId)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Add(List<ChainHandler> handlers, EscalationLevel level, string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            handlers.Add(new ChainHandler(level, id));
        }
    }
}
