using GovGraph.Domain.Model;

namespace GovGraph.Domain.Rules;

/// <summary>
/// The six-level chain (六级联动): city, township, village, party group, central household, and the households
/// below. <c>OVERSEES</c> joins only a level to the one directly beneath it, a unit has one overseer, and the
/// chain never closes a cycle.
/// </summary>
public static class OverseesChain
{
    /// <summary>The level of an org unit, 1 (the city) to 5 (a central household); null for other labels.</summary>
    public static int? LevelOf(string label)
    {
        for (var i = 0; i < Labels.OrgUnits.Count; i++)
        {
            if (Labels.OrgUnits[i] == label)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>True when a unit of <paramref name="overseer"/>'s label may oversee one of <paramref name="unit"/>'s.</summary>
    public static bool MayOversee(string overseer, string unit) =>
        LevelOf(overseer) is { } upper && LevelOf(unit) == upper + 1;

    /// <summary>
    /// True when <paramref name="overseer"/> OVERSEES <paramref name="unit"/> would close a cycle: the unit is the
    /// overseer itself or one of its ancestors.
    /// </summary>
    public static bool WouldCloseCycle(string overseer, string unit, IEnumerable<string> ancestorsOfOverseer) =>
        string.Equals(overseer, unit, StringComparison.Ordinal) || ancestorsOfOverseer.Contains(unit, StringComparer.Ordinal);
}
