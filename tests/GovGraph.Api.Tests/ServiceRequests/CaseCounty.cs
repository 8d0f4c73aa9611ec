using GovGraph.Api.Tests.Changes;
using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Tests.ServiceRequests;

/// <summary>
/// The <see cref="SmallCounty"/> plus 周伟 (person:zhou), a member of 山门村第一党小组 attached to 李明's central household
/// and linking hh:2, so hh:2's chain has every lower level: 周伟 → 李明 (the host) → 第一党小组 → 山门村 → 港口镇 → 市委.
/// hh:4 (西村村) has no linking member: its cases start at 西村村党小组.
/// </summary>
public static class CaseCounty
{
    public const string Zhou = "person:zhou";

    public static GraphWriteBatch Build()
    {
        var b = SmallCounty.Build();
        b.CreateNodes.Add(new GraphNode(Zhou, Labels.Person, new Dictionary<string, object?> { [Props.Name] = "周伟", [Props.PartyMember] = true }));
        Rel(b, "r:zhou-member", RelTypes.MemberOf, Zhou, SmallCounty.ShanmenGroup1);
        Rel(b, "r:zhou-attached", RelTypes.AttachedTo, Zhou, SmallCounty.ShanmenCentral);
        Rel(b, "r:zhou-links-2", RelTypes.Links, Zhou, SmallCounty.Household(2));
        return b;
    }

    private static void Rel(GraphWriteBatch b, string id, string type, string start, string end) =>
        b.CreateRelationships.Add(new GraphRelationship(id, type, start, end, new Dictionary<string, object?>()));
}
