using GovGraph.Domain.Model;

namespace GovGraph.Storage;

/// <summary>
/// Where a node sits in the hierarchy, which is what "under X" means for it: org units below the unit that
/// OVERSEES them, households below the party group that COVERS them, village bodies and venues below their
/// village or group, people below their party group, else the village they serve, else the township they
/// lead. A cloud-platform case sits under the household that raised it (RAISED_BY) and each of its events under
/// the case (HAS_EVENT), so "under X" and change-feed scoping reach cases with no code of their own. Nodes with no
/// such relationship sit directly under the city.
/// </summary>
public static class Placement
{
    /// <summary>Relationships that place a node, in priority order: (type, direction from the placed node).</summary>
    public static IReadOnlyList<(string Type, Direction Direction)> ParentRelationships(string label) => label switch
    {
        Labels.Township or Labels.Village or Labels.PartyGroup or Labels.CentralHousehold =>
            [(RelTypes.Oversees, Direction.In)],
        Labels.Household => [(RelTypes.Covers, Direction.In)],
        Labels.VillageBody => [(RelTypes.HasBody, Direction.In)],
        Labels.Venue => [(RelTypes.HasVenue, Direction.In)],
        Labels.Person =>
        [
            (RelTypes.MemberOf, Direction.Out),
            (RelTypes.ServesOn, Direction.Out),
            (RelTypes.StationedIn, Direction.Out),
            (RelTypes.TalentOf, Direction.Out),
            (RelTypes.Instructs, Direction.Out),
            (RelTypes.Leads, Direction.Out),
        ],
        Labels.ServiceRequest => [(RelTypes.RaisedBy, Direction.Out)],
        Labels.RequestEvent => [(RelTypes.HasEvent, Direction.In)],
        _ => [],
    };
}
