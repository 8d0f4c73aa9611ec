namespace GovGraph.Storage;

/// <summary>
/// How well member–household links (联户) cover the households under one org unit, counting current relationships.
/// </summary>
/// <param name="UnitId">The org unit.</param>
/// <param name="Households">Households under the unit.</param>
/// <param name="Linked">Of them, households some member links.</param>
/// <param name="Members">Party members placed under the unit.</param>
/// <param name="LinkingMembers">People under the unit who link at least one household.</param>
/// <param name="MaxHouseholdsPerMember">The most households one person under the unit links (0 when none link).</param>
/// <param name="CentralHouseholds">Central households under the unit.</param>
public sealed record CoverageFigures(
    string UnitId,
    long Households,
    long Linked,
    long Members,
    long LinkingMembers,
    long MaxHouseholdsPerMember,
    long CentralHouseholds)
{
    public long Unassigned => Households - Linked;

    /// <summary>Linked households per household (1 when there are none to cover).</summary>
    public double Ratio => Households == 0 ? 1d : (double)Linked / Households;

    /// <summary>Linked households per linking member.</summary>
    public double AverageHouseholdsPerMember => LinkingMembers == 0 ? 0d : (double)Linked / LinkingMembers;
}
