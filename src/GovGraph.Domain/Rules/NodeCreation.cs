using GovGraph.Domain.Model;

namespace GovGraph.Domain.Rules;

/// <summary>
/// Which labels a change may create and where each new node is placed. The city is the root of the whole graph
/// and comes only from seeding or import. Units of the chain, households, village bodies and venues are created
/// under their parent, so nothing new ever floats outside the hierarchy; people, agencies and universities stand
/// alone until linked.
/// </summary>
public static class NodeCreation
{
    private static readonly Dictionary<string, Parentage?> ByLabel = new(StringComparer.Ordinal)
    {
        [Labels.Township] = new("city", [Labels.City], RelTypes.Oversees, "The city committee that will oversee the new unit."),
        [Labels.Village] = new("township", [Labels.Township], RelTypes.Oversees, "The township-level unit that will oversee the new village."),
        [Labels.PartyGroup] = new("village", [Labels.Village], RelTypes.Oversees, "The village that will oversee the new party group."),
        [Labels.CentralHousehold] = new("partyGroup", [Labels.PartyGroup], RelTypes.Oversees, "The party group that will oversee the new central household."),
        [Labels.Household] = new("partyGroup", [Labels.PartyGroup], RelTypes.Covers, "The party group whose grid covers the new household (exactly one)."),
        [Labels.VillageBody] = new("village", [Labels.Village], RelTypes.HasBody, "The village the new body belongs to."),
        [Labels.Venue] = new("owner", [Labels.Village, Labels.PartyGroup], RelTypes.HasVenue, "The village or party group the new venue belongs to."),
        [Labels.Person] = null,
        [Labels.Agency] = null,
        [Labels.University] = null,
    };

    /// <summary>True when a change may create a node of this label.</summary>
    public static bool IsAllowed(string label) => ByLabel.ContainsKey(label);

    /// <summary>Where a new node of this label goes; null for labels that stand alone (or cannot be created).</summary>
    public static Parentage? ParentageOf(string label) => ByLabel.GetValueOrDefault(label);

    /// <summary>The labels a change may create, in the model's order.</summary>
    public static IReadOnlyList<string> Creatable { get; } = Labels.All.Where(ByLabel.ContainsKey).ToList();
}
