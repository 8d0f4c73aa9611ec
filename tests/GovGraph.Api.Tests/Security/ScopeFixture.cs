using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Domain.Model;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// The ids the scope tests reason about, picked from the seeded county's own facts: a caller scoped to 港口镇,
/// nodes inside it, and nodes of another township it must never see.
/// </summary>
public static class ScopeFixture
{
    public const string Township = "township:gangkou";

    private static SeededFacts.Facts Facts => SeededFacts.Get;

    public static IReadOnlySet<string> UnitsInside { get; } = Facts.UnitsUnder(Township).ToHashSet(StringComparer.Ordinal);

    public static string OtherTownship { get; } = Facts.Children["city:ningguo"].First(t => t != Township);

    public static string VillageInside { get; } = Facts.Children[Township].First();

    public static string VillageOutside { get; } = Facts.Children[OtherTownship].First();

    public static string HouseholdInside { get; } = Facts.HouseholdsUnder(VillageInside).First();

    public static string HouseholdOutside { get; } = Facts.HouseholdsUnder(VillageOutside).First();

    public static string NameOf(string id) => Facts.Nodes[id].Name!;

    public static int VillagesInside => UnitsInside.Count(id => Facts.Nodes[id].Label == Labels.Village);

    public static int HouseholdsInside => Facts.HouseholdsUnder(Township).Count;
}
