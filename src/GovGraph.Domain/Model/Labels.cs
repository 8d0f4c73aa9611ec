namespace GovGraph.Domain.Model;

/// <summary>The primary node labels of the organisation graph (MODEL.md).</summary>
public static class Labels
{
    public const string City = "City";
    public const string Township = "Township";
    public const string Village = "Village";
    public const string PartyGroup = "PartyGroup";
    public const string CentralHousehold = "CentralHousehold";
    public const string Household = "Household";
    public const string Person = "Person";
    public const string Agency = "Agency";
    public const string University = "University";
    public const string VillageBody = "VillageBody";
    public const string Venue = "Venue";

    /// <summary>A resident's case on the cloud platform (云平台), raised by a household (issue 7).</summary>
    public const string ServiceRequest = "ServiceRequest";

    /// <summary>One step in a case's history: raised, accepted, sent back, escalated, closed…</summary>
    public const string RequestEvent = "RequestEvent";

    public static readonly IReadOnlyList<string> All =
    [
        City, Township, Village, PartyGroup, CentralHousehold, Household,
        Person, Agency, University, VillageBody, Venue,
    ];

    /// <summary>The org units of the six-level chain, top down.</summary>
    public static readonly IReadOnlyList<string> OrgUnits =
        [City, Township, Village, PartyGroup, CentralHousehold];

    /// <summary>
    /// The labels of the cloud platform's cases. They are kept out of <see cref="All"/> until the API and storage
    /// serve them: <see cref="All"/> drives the GraphQL label filters, the creatable labels and the seed checks.
    /// </summary>
    public static readonly IReadOnlyList<string> CaseLabels = [ServiceRequest, RequestEvent];

    /// <summary>
    /// Every label a store holds: <see cref="All"/> and the <see cref="CaseLabels"/>. Storage (placement, import,
    /// export, Neo4j migrations) uses this; the API's label filters and generic node mutations stay on
    /// <see cref="All"/> until they serve cases.
    /// </summary>
    public static readonly IReadOnlyList<string> Storable = [.. All, .. CaseLabels];

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);

    /// <summary>True for a label a store may hold (<see cref="Storable"/>).</summary>
    public static bool IsStorable(string label) => Storable.Contains(label, StringComparer.Ordinal);
}
