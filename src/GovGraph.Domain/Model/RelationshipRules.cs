namespace GovGraph.Domain.Model;

/// <summary>Which labels each relationship type may join, as MODEL.md allows them.</summary>
public static class RelationshipRules
{
    private static readonly HashSet<(string Type, string From, string To)> Allowed =
    [
        (RelTypes.Oversees, Labels.City, Labels.Township),
        (RelTypes.Oversees, Labels.Township, Labels.Village),
        (RelTypes.Oversees, Labels.Village, Labels.PartyGroup),
        (RelTypes.Oversees, Labels.PartyGroup, Labels.CentralHousehold),
        (RelTypes.Covers, Labels.PartyGroup, Labels.Household),
        (RelTypes.AttachedTo, Labels.Person, Labels.CentralHousehold),
        (RelTypes.Hosts, Labels.Person, Labels.CentralHousehold),
        (RelTypes.MemberOf, Labels.Person, Labels.PartyGroup),
        (RelTypes.Links, Labels.Person, Labels.Household),
        (RelTypes.Contacts, Labels.Person, Labels.Township),
        (RelTypes.Leads, Labels.Person, Labels.Township),
        (RelTypes.Instructs, Labels.Person, Labels.Village),
        (RelTypes.ServesOn, Labels.Person, Labels.Village),
        (RelTypes.StationedIn, Labels.Person, Labels.Village),
        (RelTypes.TalentOf, Labels.Person, Labels.Village),
        (RelTypes.Heads, Labels.Person, Labels.VillageBody),
        (RelTypes.HasBody, Labels.Village, Labels.VillageBody),
        (RelTypes.PairedWith, Labels.Agency, Labels.Village),
        (RelTypes.CooperatesWith, Labels.University, Labels.City),
        (RelTypes.HasVenue, Labels.Village, Labels.Venue),
        (RelTypes.HasVenue, Labels.PartyGroup, Labels.Venue),

        // The cloud platform's cases: a case may be handled by a member or by any unit up the six-level chain.
        (RelTypes.RaisedBy, Labels.ServiceRequest, Labels.Household),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Person),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.CentralHousehold),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.PartyGroup),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Village),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.Township),
        (RelTypes.AssignedTo, Labels.ServiceRequest, Labels.City),
        (RelTypes.HasEvent, Labels.ServiceRequest, Labels.RequestEvent),
    ];

    public static bool IsAllowed(string type, string fromLabel, string toLabel) =>
        Allowed.Contains((type, fromLabel, toLabel));

    public static IEnumerable<(string From, string To)> EndpointsOf(string type) =>
        Allowed.Where(a => a.Type == type).Select(a => (a.From, a.To));
}
