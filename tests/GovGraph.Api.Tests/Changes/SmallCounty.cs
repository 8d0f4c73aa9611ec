using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// A small county for tests that write: two townships, two villages, three party groups, a central household,
/// four households and five people, with the relationships the mutation rules reason about.
/// </summary>
public static class SmallCounty
{
    public const string City = "city:ningguo";
    public const string Gangkou = "township:gangkou";
    public const string Xialin = "township:xialin";
    public const string Shanmen = "village:shanmen";
    public const string Xicun = "village:xicun";
    public const string ShanmenGroup1 = "group:shanmen-1";
    public const string ShanmenGroup2 = "group:shanmen-2";
    public const string XicunGroup = "group:xicun-1";
    public const string ShanmenCentral = "ch:shanmen-1";
    public const string Li = "person:li";
    public const string Chen = "person:chen";
    public const string Wang = "person:wang";
    public const string Zhao = "person:zhao";
    public const string Leader = "person:leader";
    public const string Forestry = "agency:forestry";

    /// <summary>hh:1–hh:3 are in 山门村 (hh:1 linked by Li since 2020), hh:4 in 西村村.</summary>
    public static string Household(int n) => $"hh:{n}";

    public static GraphWriteBatch Build()
    {
        var b = new GraphWriteBatch();
        Node(b, City, Labels.City, (Props.Name, "宁国市委"));
        Node(b, Gangkou, Labels.Township, (Props.Name, "港口镇"), (Props.DivisionType, "TOWN"));
        Node(b, Xialin, Labels.Township, (Props.Name, "霞林街道"), (Props.DivisionType, "STREET"));
        Node(b, Shanmen, Labels.Village, (Props.Name, "山门村"), (Props.BranchType, "GENERAL_BRANCH"), (Props.KeyVillage, true));
        Node(b, Xicun, Labels.Village, (Props.Name, "西村村"), (Props.BranchType, "BRANCH"), (Props.KeyVillage, false));
        Node(b, ShanmenGroup1, Labels.PartyGroup, (Props.Name, "山门村第一党小组"), (Props.HasVenue, true), (Props.TalkPoint, true));
        Node(b, ShanmenGroup2, Labels.PartyGroup, (Props.Name, "山门村第二党小组"), (Props.HasVenue, false), (Props.TalkPoint, false));
        Node(b, XicunGroup, Labels.PartyGroup, (Props.Name, "西村村党小组"), (Props.HasVenue, false), (Props.TalkPoint, true));
        Node(b, ShanmenCentral, Labels.CentralHousehold, (Props.Name, "李明户"));
        Node(b, Household(1), Labels.Household, (Props.HeadName, "张山"), (Props.Size, 4L), (Props.Phone, "13800000001"));
        Node(b, Household(2), Labels.Household, (Props.HeadName, "陈红"), (Props.Size, 2L));
        Node(b, Household(3), Labels.Household, (Props.HeadName, "刘强"), (Props.Size, 5L));
        Node(b, Household(4), Labels.Household, (Props.HeadName, "吴西"), (Props.Size, 1L));
        Node(b, Li, Labels.Person, (Props.Name, "李明"), (Props.PartyMember, true));
        Node(b, Chen, Labels.Person, (Props.Name, "陈静"), (Props.PartyMember, true));
        Node(b, Wang, Labels.Person, (Props.Name, "王芳"), (Props.PartyMember, true));
        Node(b, Zhao, Labels.Person, (Props.Name, "赵磊"), (Props.PartyMember, false));
        Node(b, Leader, Labels.Person, (Props.Name, "市领导"), (Props.PartyMember, true));
        Node(b, Forestry, Labels.Agency, (Props.Name, "市林业局"), (Props.Category, "ORGAN"));

        Rel(b, "r:city-gangkou", RelTypes.Oversees, City, Gangkou);
        Rel(b, "r:city-xialin", RelTypes.Oversees, City, Xialin);
        Rel(b, "r:gangkou-shanmen", RelTypes.Oversees, Gangkou, Shanmen);
        Rel(b, "r:xialin-xicun", RelTypes.Oversees, Xialin, Xicun);
        Rel(b, "r:shanmen-g1", RelTypes.Oversees, Shanmen, ShanmenGroup1);
        Rel(b, "r:shanmen-g2", RelTypes.Oversees, Shanmen, ShanmenGroup2);
        Rel(b, "r:xicun-g", RelTypes.Oversees, Xicun, XicunGroup);
        Rel(b, "r:g1-ch", RelTypes.Oversees, ShanmenGroup1, ShanmenCentral);
        Rel(b, "r:cov-1", RelTypes.Covers, ShanmenGroup1, Household(1));
        Rel(b, "r:cov-2", RelTypes.Covers, ShanmenGroup1, Household(2));
        Rel(b, "r:cov-3", RelTypes.Covers, ShanmenGroup2, Household(3));
        Rel(b, "r:cov-4", RelTypes.Covers, XicunGroup, Household(4));
        Rel(b, "r:li-member", RelTypes.MemberOf, Li, ShanmenGroup1);
        Rel(b, "r:chen-member", RelTypes.MemberOf, Chen, ShanmenGroup2);
        Rel(b, "r:wang-member", RelTypes.MemberOf, Wang, XicunGroup);
        Rel(b, "r:li-hosts", RelTypes.Hosts, Li, ShanmenCentral);
        Rel(b, "r:li-links-1", RelTypes.Links, Li, Household(1), (Props.Since, "2020-01-01"));
        Rel(b, "r:leader-contacts", RelTypes.Contacts, Leader, Gangkou, (Props.Since, "2021-06-01"));
        return b;
    }

    private static void Node(GraphWriteBatch b, string id, string label, params (string Name, object? Value)[] properties) =>
        b.CreateNodes.Add(new GraphNode(id, label, properties.ToDictionary(p => p.Name, p => p.Value)));

    private static void Rel(GraphWriteBatch b, string id, string type, string start, string end, params (string Name, object? Value)[] properties) =>
        b.CreateRelationships.Add(new GraphRelationship(id, type, start, end, properties.ToDictionary(p => p.Name, p => p.Value)));
}
