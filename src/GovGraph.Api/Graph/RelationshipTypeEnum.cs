using GovGraph.Domain.Model;
using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>The relationship types of MODEL.md as a GraphQL enum.</summary>
public sealed class RelationshipTypeEnum : EnumerationGraphType
{
    public RelationshipTypeEnum()
    {
        Name = "RelationshipType";
        Description = "The relationship types of the organisation graph (the same names Cypher uses).";
        Add(RelTypes.Oversees, RelTypes.Oversees, "The six-level chain (六级联动): City→Township→Village→PartyGroup→CentralHousehold.");
        Add(RelTypes.Covers, RelTypes.Covers, "PartyGroup→Household: the household lives in this group's grid (exactly one per household).");
        Add(RelTypes.AttachedTo, RelTypes.AttachedTo, "Person→CentralHousehold: a party member organised under a central household (党员中心户).");
        Add(RelTypes.Hosts, RelTypes.Hosts, "Person→CentralHousehold: the member whose household is the central household.");
        Add(RelTypes.MemberOf, RelTypes.MemberOf, "Person→PartyGroup: party membership in a group (党小组).");
        Add(RelTypes.Links, RelTypes.Links, "Person→Household: 联户, the member is responsible for the household.");
        Add(RelTypes.Contacts, RelTypes.Contacts, "Person→Township: a city leader's contact (包乡走村), exactly one per leader.");
        Add(RelTypes.Leads, RelTypes.Leads, "Person→Township: township leadership member (乡镇领导班子).");
        Add(RelTypes.Instructs, RelTypes.Instructs, "Person→Village: village party-building instructor (村党建指导员).");
        Add(RelTypes.ServesOn, RelTypes.ServesOn, "Person→Village: village two-committee cadre (村两委干部).");
        Add(RelTypes.StationedIn, RelTypes.StationedIn, "Person→Village: dispatched cadre (选派帮扶干部).");
        Add(RelTypes.TalentOf, RelTypes.TalentOf, "Person→Village: local talent (乡土人才).");
        Add(RelTypes.Heads, RelTypes.Heads, "Person→VillageBody: heads a village body (交叉任职).");
        Add(RelTypes.HasBody, RelTypes.HasBody, "Village→VillageBody: the village's other bodies.");
        Add(RelTypes.PairedWith, RelTypes.PairedWith, "Agency→Village: agency–village pairing (结对).");
        Add(RelTypes.CooperatesWith, RelTypes.CooperatesWith, "University→City: university–city cooperation (校地合作).");
        Add(RelTypes.HasVenue, RelTypes.HasVenue, "Village→Venue or PartyGroup→Venue: an activity venue.");
    }
}
