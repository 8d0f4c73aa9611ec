namespace GovGraph.Domain.Model;

/// <summary>The relationship types of the organisation graph (MODEL.md).</summary>
public static class RelTypes
{
    public const string Oversees = "OVERSEES";
    public const string Covers = "COVERS";
    public const string AttachedTo = "ATTACHED_TO";
    public const string Hosts = "HOSTS";
    public const string MemberOf = "MEMBER_OF";
    public const string Links = "LINKS";
    public const string Contacts = "CONTACTS";
    public const string Leads = "LEADS";
    public const string Instructs = "INSTRUCTS";
    public const string ServesOn = "SERVES_ON";
    public const string StationedIn = "STATIONED_IN";
    public const string TalentOf = "TALENT_OF";
    public const string Heads = "HEADS";
    public const string HasBody = "HAS_BODY";
    public const string PairedWith = "PAIRED_WITH";
    public const string CooperatesWith = "COOPERATES_WITH";
    public const string HasVenue = "HAS_VENUE";

    /// <summary>ServiceRequest → Household: the household that raised the case.</summary>
    public const string RaisedBy = "RAISED_BY";

    /// <summary>
    /// ServiceRequest → its current handler (a person or an org unit). Reassigning ends the current one with
    /// <c>until</c> instead of deleting it, so the case keeps the history of who held it.
    /// </summary>
    public const string AssignedTo = "ASSIGNED_TO";

    /// <summary>ServiceRequest → RequestEvent: one step of the case's history.</summary>
    public const string HasEvent = "HAS_EVENT";

    public static readonly IReadOnlyList<string> All =
    [
        Oversees, Covers, AttachedTo, Hosts, MemberOf, Links, Contacts, Leads, Instructs,
        ServesOn, StationedIn, TalentOf, Heads, HasBody, PairedWith, CooperatesWith, HasVenue,
    ];

    /// <summary>
    /// The relationship types of the cloud platform's cases, kept out of <see cref="All"/> (and so out of the
    /// traversal filters and the seed checks) until the API and storage serve them.
    /// </summary>
    public static readonly IReadOnlyList<string> CaseTypes = [RaisedBy, AssignedTo, HasEvent];

    /// <summary>
    /// Every relationship type a store holds: <see cref="All"/> and the <see cref="CaseTypes"/>. Storage uses this;
    /// the API's traversal filters and generic link/unlink stay on <see cref="All"/> (cases change only through
    /// the case editor, which keeps the workflow's rules).
    /// </summary>
    public static readonly IReadOnlyList<string> Storable = [.. All, .. CaseTypes];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);

    /// <summary>True for a relationship type a store may hold (<see cref="Storable"/>).</summary>
    public static bool IsStorable(string type) => Storable.Contains(type, StringComparer.Ordinal);
}
