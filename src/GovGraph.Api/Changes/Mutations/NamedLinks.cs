using GovGraph.Domain.Model;

namespace GovGraph.Api.Changes.Mutations;

/// <summary>The named relationship mutations: each a link, unlink or reassignment of one type with named ends.</summary>
public static class NamedLinks
{
    private static readonly LinkRole Member = new("member", "The party member (a Person with `partyMember: true`).");
    private static readonly LinkRole Household = new("household", "The household.");
    private static readonly LinkRole Agency = new("agency", "The agency, enterprise or institution.");
    private static readonly LinkRole Village = new("village", "The village.");

    public static readonly NamedLink LinkHousehold = new("linkHousehold",
        "A party member takes on a household (联户): LINKS. A household has at most one linking member, from the member's own village.",
        RelTypes.Links, Member, Household);

    public static readonly NamedLink UnlinkHousehold = new("unlinkHousehold",
        "A party member gives up a household: ends the LINKS (kept in history with `until`).",
        RelTypes.Links, Member, Household) { Ends = true };

    public static readonly NamedLink PairAgency = new("pairAgency",
        "Pairs an agency with a village (结对): PAIRED_WITH.",
        RelTypes.PairedWith, Agency, Village);

    public static readonly NamedLink UnpairAgency = new("unpairAgency",
        "Ends an agency–village pairing (kept in history with `until`).",
        RelTypes.PairedWith, Agency, Village) { Ends = true };

    public static readonly NamedLink AssignContact = new("assignContact",
        "Assigns a city leader the township-level unit they contact (包乡): CONTACTS. A leader contacts exactly one unit, so a current contact elsewhere ends in the same change.",
        RelTypes.Contacts, new("leader", "The city leader (a Person)."), new("township", "The township-level unit."))
    {
        Reassigns = true,
    };

    public static readonly NamedLink AssignInstructor = new("assignInstructor",
        "Makes a person a village's party-building instructor (村党建指导员): INSTRUCTS.",
        RelTypes.Instructs, new("instructor", "The instructor (a Person)."), Village);

    public static readonly NamedLink StationCadre = new("stationCadre",
        "Dispatches a cadre to a village (选派帮扶) in a batch: STATIONED_IN.",
        RelTypes.StationedIn, new("cadre", "The dispatched cadre (a Person)."), Village);

    public static readonly NamedLink AttachMember = new("attachMember",
        "Organises a party member under a central household (党员中心户): ATTACHED_TO.",
        RelTypes.AttachedTo, Member, new("centralHousehold", "The central household."));

    public static readonly NamedLink MoveHousehold = new("moveHousehold",
        "Puts a household under another party group's grid: ends its COVERS and creates the new one in one change. Refused while a member of another village links it.",
        RelTypes.Covers, new("partyGroup", "The party group that will cover the household."), Household)
    {
        Reassigns = true,
    };

    public static IReadOnlyList<NamedLink> All { get; } =
        [LinkHousehold, UnlinkHousehold, PairAgency, UnpairAgency, AssignContact, AssignInstructor, StationCadre, AttachMember, MoveHousehold];
}
