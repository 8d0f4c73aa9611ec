using GovGraph.Domain.Model;
using GovGraph.Storage;

namespace GovGraph.Storage.Tests;

/// <summary>
/// A small hand-made organisation graph: one city, two townships, three villages, groups, a central household,
/// households and people, with the relationships the contract tests reason about.
/// </summary>
public static class SampleGraph
{
    public const string City = "city:ningguo";
    public const string Gangkou = "township:gangkou";
    public const string Xialin = "township:xialin";
    public const string Shanmen = "village:shanmen";
    public const string Dongcun = "village:dongcun";
    public const string Xicun = "village:xicun";
    public const string ShanmenGroup1 = "group:shanmen-1";
    public const string ShanmenGroup2 = "group:shanmen-2";
    public const string DongcunGroup = "group:dongcun-1";
    public const string XicunGroup = "group:xicun-1";
    public const string ShanmenCentral = "ch:shanmen-1";
    public const string Li = "person:li";
    public const string Wang = "person:wang";
    public const string Zhao = "person:zhao";
    public const string Leader = "person:leader";

    /// <summary>Households hh:1..hh:6; hh:6 is covered by no group, hh:4 and hh:6 are linked by nobody.</summary>
    public static string Household(int n) => $"hh:{n}";

    public static GraphWriteBatch Build()
    {
        var b = new GraphWriteBatch();
        Node(b, City, Labels.City, (Props.Name, "宁国市"));
        Node(b, Gangkou, Labels.Township, (Props.Name, "港口镇"), (Props.DivisionType, "TOWN"), (Props.Code, "341881101"));
        Node(b, Xialin, Labels.Township, (Props.Name, "霞林街道"), (Props.DivisionType, "STREET"));
        Node(b, Shanmen, Labels.Village, (Props.Name, "山门村"), (Props.BranchType, "GENERAL_BRANCH"), (Props.KeyVillage, true));
        Node(b, Dongcun, Labels.Village, (Props.Name, "东村"), (Props.BranchType, "BRANCH"), (Props.KeyVillage, false));
        Node(b, Xicun, Labels.Village, (Props.Name, "西村"), (Props.BranchType, "BRANCH"), (Props.KeyVillage, false));
        Node(b, ShanmenGroup1, Labels.PartyGroup, (Props.Name, "山门村第一党小组"), (Props.HasVenue, true), (Props.TalkPoint, true));
        Node(b, ShanmenGroup2, Labels.PartyGroup, (Props.Name, "山门村第二党小组"), (Props.HasVenue, false), (Props.TalkPoint, false));
        Node(b, DongcunGroup, Labels.PartyGroup, (Props.Name, "东村党小组"), (Props.HasVenue, false), (Props.TalkPoint, true));
        Node(b, XicunGroup, Labels.PartyGroup, (Props.Name, "西村党小组"), (Props.HasVenue, true), (Props.TalkPoint, false));
        Node(b, ShanmenCentral, Labels.CentralHousehold, (Props.Name, "李明户"));
        Node(b, Household(1), Labels.Household, (Props.HeadName, "张山门"), (Props.Size, 4L), (Props.Phone, "13800000001"));
        Node(b, Household(2), Labels.Household, (Props.HeadName, "陈红"), (Props.Size, 2L));
        Node(b, Household(3), Labels.Household, (Props.HeadName, "刘强"), (Props.Size, 5L), (Props.Phone, "13800000003"));
        Node(b, Household(4), Labels.Household, (Props.HeadName, "周东"), (Props.Size, 3L));
        Node(b, Household(5), Labels.Household, (Props.HeadName, "吴西"), (Props.Size, 1L));
        Node(b, Household(6), Labels.Household, (Props.HeadName, "Robert'); DROP TABLE nodes;--"), (Props.Size, 6L));
        Node(b, Li, Labels.Person, (Props.Name, "李明"), (Props.PartyMember, true), (Props.BirthYear, 1980L));
        Node(b, Wang, Labels.Person, (Props.Name, "王芳"), (Props.PartyMember, true), (Props.BirthYear, 1992L));
        Node(b, Zhao, Labels.Person, (Props.Name, "Zhao Lei"), (Props.PartyMember, false), (Props.BirthYear, 1975L));
        Node(b, Leader, Labels.Person, (Props.Name, "市领导"), (Props.PartyMember, true));

        Rel(b, "r:city-gangkou", RelTypes.Oversees, City, Gangkou);
        Rel(b, "r:city-xialin", RelTypes.Oversees, City, Xialin);
        Rel(b, "r:gangkou-shanmen", RelTypes.Oversees, Gangkou, Shanmen);
        Rel(b, "r:gangkou-dongcun", RelTypes.Oversees, Gangkou, Dongcun);
        Rel(b, "r:xialin-xicun", RelTypes.Oversees, Xialin, Xicun);
        Rel(b, "r:shanmen-g1", RelTypes.Oversees, Shanmen, ShanmenGroup1);
        Rel(b, "r:shanmen-g2", RelTypes.Oversees, Shanmen, ShanmenGroup2);
        Rel(b, "r:dongcun-g", RelTypes.Oversees, Dongcun, DongcunGroup);
        Rel(b, "r:xicun-g", RelTypes.Oversees, Xicun, XicunGroup);
        Rel(b, "r:g1-ch", RelTypes.Oversees, ShanmenGroup1, ShanmenCentral);
        Rel(b, "r:cov-1", RelTypes.Covers, ShanmenGroup1, Household(1));
        Rel(b, "r:cov-2", RelTypes.Covers, ShanmenGroup1, Household(2));
        Rel(b, "r:cov-3", RelTypes.Covers, ShanmenGroup2, Household(3));
        Rel(b, "r:cov-4", RelTypes.Covers, DongcunGroup, Household(4));
        Rel(b, "r:cov-5", RelTypes.Covers, XicunGroup, Household(5));
        Rel(b, "r:li-member", RelTypes.MemberOf, Li, ShanmenGroup1);
        Rel(b, "r:wang-member", RelTypes.MemberOf, Wang, XicunGroup);
        Rel(b, "r:zhao-serves", RelTypes.ServesOn, Zhao, Dongcun, (Props.Committee, "PARTY"), (Props.Title, "书记"));
        Rel(b, "r:li-hosts", RelTypes.Hosts, Li, ShanmenCentral);
        Rel(b, "r:leader-contacts", RelTypes.Contacts, Leader, Gangkou, (Props.Since, 2021L));
        Rel(b, "r:li-links-1", RelTypes.Links, Li, Household(1), (Props.Since, 2024L));
        Rel(b, "r:li-links-2", RelTypes.Links, Li, Household(2));
        Rel(b, "r:li-links-3", RelTypes.Links, Li, Household(3));
        Rel(b, "r:wang-links-5", RelTypes.Links, Wang, Household(5));
        return b;
    }

    public static GraphNode NewNode(string id, string label, params (string Name, object? Value)[] properties) =>
        new(id, label, properties.ToDictionary(p => p.Name, p => p.Value));

    public static GraphRelationship NewRel(string id, string type, string start, string end, params (string Name, object? Value)[] properties) =>
        new(id, type, start, end, properties.ToDictionary(p => p.Name, p => p.Value));

    private static void Node(GraphWriteBatch b, string id, string label, params (string Name, object? Value)[] properties) =>
        b.CreateNodes.Add(NewNode(id, label, properties));

    private static void Rel(GraphWriteBatch b, string id, string type, string start, string end, params (string Name, object? Value)[] properties) =>
        b.CreateRelationships.Add(NewRel(id, type, start, end, properties));
}
