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

    public static readonly IReadOnlyList<string> All =
    [
        City, Township, Village, PartyGroup, CentralHousehold, Household,
        Person, Agency, University, VillageBody, Venue,
    ];

    /// <summary>The org units of the six-level chain, top down.</summary>
    public static readonly IReadOnlyList<string> OrgUnits =
        [City, Township, Village, PartyGroup, CentralHousehold];

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
