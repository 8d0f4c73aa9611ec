using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Writing;

namespace GovGraph.Storage.Editing;

/// <summary>
/// A member links households only within the village they belong to. A member's village is the village over
/// each party group they are a member of (MEMBER_OF); a household's is the village over the group that covers
/// it (COVERS). The rule is checked both when a link is made and when a linked household moves to a group.
/// </summary>
internal static class VillageRule
{
    /// <summary>Refuses a member linking a household outside their village.</summary>
    public static async Task CheckLinkAsync(IGraphWriteTransaction tx, string member, string household, string field, CancellationToken ct)
    {
        var memberGroups = (await EditReads.CurrentAsync(tx, member, Direction.Out, RelTypes.MemberOf, ct)).Select(r => r.EndId).ToList();
        var householdGroups = (await EditReads.CurrentAsync(tx, household, Direction.In, RelTypes.Covers, ct)).Select(r => r.StartId).ToList();
        var villages = await VillagesOfGroupsAsync(tx, memberGroups.Concat(householdGroups).ToList(), ct);
        var memberVillages = memberGroups.Select(villages.GetValueOrDefault).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var householdVillages = householdGroups.Select(villages.GetValueOrDefault).OfType<string>().ToList();

        if (householdVillages.Any(memberVillages.Contains))
        {
            return;
        }

        var why = memberVillages.Count == 0
            ? $"`{member}` is a member of no village's party group"
            : householdVillages.Count == 0
                ? $"`{household}` is covered by no village's party group"
                : $"`{household}` is in `{householdVillages[0]}` and `{member}` belongs to `{string.Join("`, `", memberVillages)}`";
        throw new DomainRuleException(RuleCodes.HouseholdOutsideMemberVillage,
            $"{why}; a member links households only within their own village.", field);
    }

    /// <summary>Refuses putting a household under a group of another village than that of the member linking it.</summary>
    public static async Task CheckCoverAsync(IGraphWriteTransaction tx, string group, string household, string field, CancellationToken ct)
    {
        var linkers = (await EditReads.CurrentAsync(tx, household, Direction.In, RelTypes.Links, ct)).Select(r => r.StartId).ToList();
        if (linkers.Count == 0)
        {
            return;
        }

        var memberships = await tx.GetRelationshipsAsync(linkers, Direction.Out, [RelTypes.MemberOf], includeEnded: false, ct);
        var villages = await VillagesOfGroupsAsync(tx, memberships.Select(r => r.EndId).Append(group).ToList(), ct);
        var target = villages.GetValueOrDefault(group);
        foreach (var linker in linkers)
        {
            var own = memberships.Where(r => r.StartId == linker).Select(r => villages.GetValueOrDefault(r.EndId));
            if (target is null || !own.Contains(target, StringComparer.Ordinal))
            {
                throw new DomainRuleException(RuleCodes.HouseholdOutsideMemberVillage,
                    $"`{household}` is linked by `{linker}`, who does not belong to the village of `{group}`; unlink the household first.",
                    field);
            }
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> VillagesOfGroupsAsync(
        IGraphWriteTransaction tx, IReadOnlyCollection<string> groups, CancellationToken ct)
    {
        if (groups.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var overseers = await tx.GetRelationshipsAsync(groups.Distinct(StringComparer.Ordinal).ToList(), Direction.In,
            [RelTypes.Oversees], includeEnded: false, ct);
        return overseers.GroupBy(r => r.EndId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().StartId, StringComparer.Ordinal);
    }
}
