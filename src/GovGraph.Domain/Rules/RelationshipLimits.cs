using GovGraph.Domain.Model;

namespace GovGraph.Domain.Rules;

/// <summary>
/// The "exactly one" and "at most one" rules of the model: a unit has one overseer, a household one party group
/// and at most one linking member, a city leader one township contact. Reassigning (moveHousehold,
/// assignContact) ends the current one in the same change instead of being refused.
/// </summary>
public static class RelationshipLimits
{
    private static readonly Dictionary<string, OnePer> ByType = new(StringComparer.Ordinal)
    {
        [RelTypes.Oversees] = new(RelTypes.Oversees, Direction.In, RuleCodes.UnitAlreadyOverseen),
        [RelTypes.Covers] = new(RelTypes.Covers, Direction.In, RuleCodes.HouseholdAlreadyCovered),
        [RelTypes.Links] = new(RelTypes.Links, Direction.In, RuleCodes.HouseholdAlreadyLinked),
        [RelTypes.Contacts] = new(RelTypes.Contacts, Direction.Out, RuleCodes.LeaderAlreadyContacts),
    };

    /// <summary>The limit on a type, or null when a node may hold any number.</summary>
    public static OnePer? For(string type) => ByType.GetValueOrDefault(type);

    /// <summary>Types whose start must be a party member: linking households, attaching to or hosting a central household.</summary>
    public static bool NeedsPartyMember(string type) =>
        type is RelTypes.Links or RelTypes.AttachedTo or RelTypes.Hosts;
}
